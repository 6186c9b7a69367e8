import { foldVietnamese } from '../vi-date/index.js';
import type { Label } from '../label/types.js';
import { requireIterable, requireString } from '../internal/args.js';

/** Names longer than this are not compared: a suggestion is for a typo, and the comparison stays cheap. */
const MAX_NAME = 120;

/**
 * The known name closest to one that was not found, for a "did you mean" hint (gợi ý: có phải ý bạn là …?).
 * Names are compared without regard to case and Vietnamese diacritics, by the number of single-character edits
 * (insert, delete, replace, swap two neighbours); a name is suggested only when it is within a third of the length
 * of the name given (one edit for a name of 3 to 5 characters, two for 6 to 8, …; a name of 1 or 2 characters is
 * matched only as it is) and is the single nearest one: `Thôn` is not near `tỉnh`, nor `Ấp` near `id`. Time is
 * bounded: each comparison is at most 120 × 120 steps.
 *
 * @example
 * ```ts
 * import { closestName } from 'vn-learning-society';
 * closestName('condtions', ['children', 'conditions', 'promotion']); // 'conditions'
 * closestName('x', ['children', 'conditions']); // undefined
 * closestName('Thôn', ['tỉnh', 'xã']); // undefined: two edits of four letters is another word
 * ```
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const nearest = closestNames(name, known);
  return nearest.length === 1 ? nearest[0] : undefined;
}

/**
 * Every known name at the smallest distance from one that was not found (see {@link closestName}), in the order
 * given: for a hint that offers the choices when several are as near (`…-2015` or `…-2021`?). Empty when none is near.
 *
 * @example
 * ```ts
 * import { closestNames } from 'vn-learning-society';
 * closestNames('learning-family-khvn-2051', ['learning-family-khvn-2015', 'learning-family-khvn-2021']);
 * // ['learning-family-khvn-2015', 'learning-family-khvn-2021']
 * ```
 */
export function closestNames(name: string, known: Iterable<string>): string[] {
  requireString(name, 'name');
  requireIterable(known, 'known');
  if (name.length === 0 || name.length > MAX_NAME) return [];
  const folded = foldVietnamese(name).toLowerCase();
  const limit = Math.floor(folded.length / 3);
  let best: string[] = [];
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (typeof candidate !== 'string' || candidate.length > MAX_NAME) continue;
    const c = foldVietnamese(candidate).toLowerCase();
    if (Math.abs(c.length - folded.length) > limit) continue;
    const d = editDistance(folded, c);
    if (d < bestDistance) {
      best = [candidate];
      bestDistance = d;
    } else if (d === bestDistance && !best.includes(candidate)) best.push(candidate);
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein with swaps of neighbours). */
function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/**
 * How many unknown ids of one input (an assessment, a rule set) get a "did you mean": the hint is for a typo, and a
 * flood of wrong ids stays linear. @internal
 */
export const MAX_SUGGESTIONS = 8;

/** The fields of an unknown id's issue: the id, and the near one when there is one (no `suggestion` key otherwise). @internal */
export function unknownIdFields(id: string, suggestion: string | undefined): { id: string; suggestion?: string } {
  return suggestion === undefined ? { id } : { id, suggestion };
}

/** ` (có phải "x"?)` / ` (did you mean "x"?)` to end a message with, or nothing without a suggestion. @internal */
export function didYouMean(suggestion: string | undefined): Label {
  return suggestion === undefined ? { vi: '', en: '' } : { vi: ` (có phải "${suggestion}"?)`, en: ` (did you mean "${suggestion}"?)` };
}
