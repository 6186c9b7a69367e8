import type { Issue } from '../../core/errors/index.js';
import type { Label } from '../../core/label/index.js';
import { READING_FIELDS } from './keys.js';

/** What the consistency of readings looks at in a rule (already of the right shape). @internal */
export interface ReadingsOf {
  readonly evaluatingBody: Label;
  readonly recognizingAuthority: Label;
  readonly sources: readonly { readonly id?: string; readonly ref?: string }[];
  readonly readings?: readonly { readonly id: string; readonly evaluatingBody?: Label; readonly recognizingAuthority: Label; readonly basis?: readonly string[] }[];
  readonly reading?: string;
  readonly uncertain?: readonly string[];
  readonly readingConfirmed?: { readonly ref: string };
}

const same = (a: Label | undefined, b: Label | undefined) => a === undefined || b === undefined || (a.vi === b.vi && a.en === b.en);

/**
 * The readings of a rule agree with it: ids once each; a reading in effect (`reading`) exactly when there are readings,
 * naming one of them, whose evaluating body and authority are the rule's; each reading's basis among the rule's
 * sources. @internal
 */
export function readingIssues(rule: ReadingsOf): Issue[] {
  const out: Issue[] = [];
  const readings = rule.readings;
  if (readings === undefined) {
    if (rule.reading !== undefined) out.push({ path: ['reading'], code: 'unknown_reading', message: { vi: `quy định không có cách hiểu nào (readings) để chọn "${rule.reading}"`, en: `the rule has no readings to choose "${rule.reading}" from` } });
    if (rule.readingConfirmed !== undefined) out.push({ path: ['readingConfirmed'], code: 'unknown_reading', message: { vi: 'quy định không có cách hiểu nào (readings) để xác nhận', en: 'the rule has no readings to confirm' } });
    return out;
  }
  const ids = readings.map((r) => r.id);
  ids.forEach((id, i) => {
    const first = ids.indexOf(id);
    if (first !== i) out.push({ path: ['readings', i, 'id'], code: 'duplicate_id', message: { vi: `cách hiểu "${id}" bị lặp`, en: `reading "${id}" appears twice` }, id, first: ['readings', first, 'id'] });
  });
  const sources = new Set(rule.sources.map((s) => s.id ?? s.ref));
  readings.forEach((r, i) => {
    (r.basis ?? []).forEach((b, j) => {
      if (!sources.has(b)) out.push({ path: ['readings', i, 'basis', j], code: 'unknown_source', id: b, message: { vi: `"${b}" không có trong sources của quy định`, en: `"${b}" is not among the rule's sources` } });
    });
  });
  out.push(...confirmationIssues(rule, sources));
  const chosen = readings.find((r) => r.id === rule.reading);
  if (chosen === undefined) {
    out.push({ path: ['reading'], code: 'unknown_reading', message: { vi: `cần chọn một cách hiểu đang áp dụng: ${ids.join(', ')}`, en: `name the reading in effect: ${ids.join(', ')}` } });
  } else if (!same(chosen.recognizingAuthority, rule.recognizingAuthority) || !same(chosen.evaluatingBody, rule.evaluatingBody)) {
    out.push({ path: ['reading'], code: 'reading_mismatch', message: { vi: `cơ quan đánh giá và người công nhận phải là của cách hiểu "${chosen.id}" (dùng withReading để đổi cách hiểu)`, en: `the evaluating body and the recognising authority must be those of reading "${chosen.id}" (withReading changes the reading)` } });
  }
  return out;
}

/** A confirmed reading rests on one of the rule's sources and leaves none of the fields a reading decides uncertain. */
function confirmationIssues(rule: ReadingsOf, sources: ReadonlySet<string | undefined>): Issue[] {
  const c = rule.readingConfirmed;
  if (c === undefined) return [];
  const out: Issue[] = [];
  if (!sources.has(c.ref)) out.push({ path: ['readingConfirmed', 'ref'], code: 'unknown_source', id: c.ref, message: { vi: `"${c.ref}" không có trong sources của quy định`, en: `"${c.ref}" is not among the rule's sources` } });
  const still = READING_FIELDS.filter((f) => rule.uncertain?.includes(f));
  if (still.length > 0) out.push({ path: ['uncertain'], code: 'confirmed_uncertain', message: { vi: `cách hiểu đã xác nhận thì ${still.join(', ')} không còn chưa chắc chắn (bỏ khỏi uncertain)`, en: `with the reading confirmed, ${still.join(', ')} are no longer uncertain (take them out of uncertain)` } });
  return out;
}
