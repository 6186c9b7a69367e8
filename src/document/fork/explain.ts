import { LearningSocietyError, type Issue } from '../../core/errors/index.js';
import type { Label } from '../../core/label/index.js';
import { closestNames, unknownIdFields } from '../../core/suggest/index.js';

/** What one element of each keyed list is called, for messages. */
const ELEMENT: Readonly<Record<string, Label>> = {
  criteria: { vi: 'tiêu chí', en: 'criterion' },
  indicators: { vi: 'chỉ báo', en: 'indicator' },
  rules: { vi: 'điều kiện', en: 'rule' },
  classes: { vi: 'xếp loại', en: 'class' },
  targets: { vi: 'chỉ tiêu', en: 'target' },
  sources: { vi: 'căn cứ', en: 'source' },
  bands: { vi: 'mức điểm', en: 'band' },
};

type Seg = string | number;

function isKeyed(list: unknown): list is { id: string }[] {
  return Array.isArray(list) && list.length > 0 && list.every((e) => typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string');
}

/**
 * An error from validating a fork, told the way the patch was written: list positions become ids
 * (`outcome.rules[0]` → `outcome.rules.min-total`, as patches and diffs address them; not for a `duplicate_id`, whose
 * id names two elements, so its `path` and `first` stay positions), and a problem inside an element
 * the base does not have is first explained as what it most likely is — a misspelt id: "the base has no criterion
 * `condtions`; did you mean `conditions`?".
 *
 * @internal
 */
export function explainForkError(error: LearningSocietyError, fork: unknown, base: unknown, keyedFields: ReadonlySet<string>): LearningSocietyError {
  const fresh = new Map<string, { path: Seg[]; id: string; noun: Label; near: string[]; missing: boolean }>();
  const issues = error.issues.map((issue) => {
    // A repeated id names two elements: its positions in the fork as assembled say which, where the id would not.
    if (issue.code === 'duplicate_id') return issue;
    let inFresh: string | undefined;
    let doc: unknown = fork;
    let old: unknown = base;
    let field: Seg | undefined;
    const path: Seg[] = [];
    for (const seg of issue.path) {
      if (typeof seg === 'number' && Array.isArray(doc) && typeof field === 'string' && keyedFields.has(field) && isKeyed(doc) && doc[seg] !== undefined) {
        const id = doc[seg]!.id;
        path.push(id);
        const oldList = Array.isArray(old) ? (old as { id?: unknown }[]) : [];
        const before = oldList.find((e) => typeof e === 'object' && e !== null && e.id === id);
        if (before === undefined && inFresh === undefined) {
          inFresh = path.join('\u0000');
          if (!fresh.has(inFresh)) {
            const near = closestNames(id, oldList.map((e) => e?.id).filter((x): x is string => typeof x === 'string'));
            fresh.set(inFresh, { path: [...path], id, noun: ELEMENT[field] ?? { vi: field, en: field }, near, missing: false });
          }
        }
        doc = doc[seg];
        old = before;
      } else {
        path.push(seg);
        doc = typeof doc === 'object' && doc !== null ? (doc as Record<Seg, unknown>)[seg] : undefined;
        old = typeof old === 'object' && old !== null ? (old as Record<Seg, unknown>)[seg] : undefined;
      }
      field = seg;
    }
    // A field the new element lacks: it was probably meant to patch an element the base has.
    if (inFresh !== undefined && doc === undefined) fresh.get(inFresh)!.missing = true;
    return { ...issue, path };
  });
  const hints: Issue[] = [...fresh.values()]
    .filter((f) => f.near.length > 0 || f.missing)
    .map(({ path, id, noun, near }) => {
      const meant = near.map((n) => `"${n}"`);
      return {
        path,
        code: 'unknown_id',
        ...unknownIdFields(id, near.length === 1 ? near[0] : undefined),
        message: {
          vi: `bản gốc không có ${noun.vi} "${id}"${meant.length ? `; có phải ý bạn là ${meant.join(' hoặc ')}?` : ''} (một ${noun.vi} mới phải có đủ các trường)`,
          en: `the base has no ${noun.en} "${id}"${meant.length ? `; did you mean ${meant.join(' or ')}?` : ''} (a new ${noun.en} must have all its fields)`,
        },
      };
    });
  return new LearningSocietyError(error.code, error.summary, [...hints, ...issues]);
}
