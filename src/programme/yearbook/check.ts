import type { Issue } from '../../core/errors/index.js';
import { anyOf, int, isoDate, label, list, obj, oneOf, problemsOf, str, type Check } from '../../core/internal/check.js';
import { derivedFrom, documentEnvelopeFields, documentNote, level, model, nodeId } from '../../document/dated-entry/check.js';
import { legalSource } from '../../document/legal-source/check.js';
import { codesMatchCount } from './codes.js';
import type { YearbookPlan } from './schema.js';

// The zod-free checks of yearbook plans (`yearbookPlanSchema`, in schema.ts), of the least their arithmetic needs,
// and of printing options.

const count = int(0, 1e9);

const yearbookPlan: Check = obj({
  ...documentEnvelopeFields,
  year: int(1990, 2100),
  sources: list(legalSource, 1, 20),
  'validFrom?': isoDate,
  'validTo?': isoDate,
  units: obj({ label, count, 'codes?': list(str(1, 50), 0, 100_000) }),
  quota: list(obj({ id: nodeId, model, 'level?': level, label, perUnit: count }), 1, 50),
  pagesPerReport: count,
  'extraPages?': count,
  distribution: list(obj({ id: nodeId, recipient: label, count, copiesEach: count }), 1, 200),
  'derivedFrom?': derivedFrom,
  'notes?': list(documentNote, 0, 50),
});

/** Every problem of a value as a yearbook plan: its shape, then its unit codes against its count. @internal */
export function yearbookPlanIssues(value: unknown): Issue[] {
  const out = problemsOf(yearbookPlan, value);
  return out.length > 0 ? out : codesMatchCount(value as YearbookPlan);
}

/** The least `planYearbook` needs (other fields are ignored, so that a whole plan fits). @internal */
export const yearbookInput: Check = obj(
  {
    units: anyOf([count, list(str(1, Infinity), 0, 100_000), obj({ count }, { loose: true })], { en: 'a count, a list of codes or { count }', vi: 'một số, một danh sách mã hoặc { count }' }),
    'modelsPerUnit?': count,
    'quota?': list(obj({ perUnit: count }, { loose: true }), 0, 50),
    pagesPerReport: count,
    'extraPages?': count,
    distribution: list(obj({ recipient: anyOf([str(1, Infinity), label], { en: 'a name or { vi, en }', vi: 'một tên hoặc { vi, en }' }), count, copiesEach: count }, { loose: true }), 1, 200),
  },
  { loose: true },
);

/** @internal */
export const printingOptions: Check = obj({
  sides: oneOf(['duplex', 'simplex']),
  'pagesPerSide?': int(1, 16),
  'sheetSize?': str(1, 20),
  'sheetsPerReam?': int(1, 10_000),
});
