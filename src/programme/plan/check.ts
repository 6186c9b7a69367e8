import type { Issue } from '../../core/errors/index.js';
import { bool, int, isoDate, isoMonth, label, list, obj, oneOf, problemsOf, str, type Check } from '../../core/internal/check.js';
import { documentEnvelopeFields, nodeId } from '../../document/dated-entry/check.js';
import { DOCUMENT_KINDS } from '../../document/legal-source/kinds.js';
import { phase } from '../schedule/check.js';

// The zod-free check of a plan's shape (`planSchema`, in schema.ts), which parsePlan runs before its schedule and
// period checks.

const plan: Check = obj({
  ...documentEnvelopeFields,
  kind: oneOf(DOCUMENT_KINDS),
  'reference?': str(1, 100),
  'date?': isoDate,
  'month?': isoMonth,
  issuers: list(label, 1, 10),
  'signedBy?': list(obj({ name: str(1, 200), position: label }), 0, 10),
  legalBases: list(obj({ reference: str(1, 100), kind: oneOf(DOCUMENT_KINDS), 'date?': isoDate }), 0, 100),
  'period?': obj({ from: int(1990, 2100), to: int(1990, 2100) }),
  tasks: list(obj({ id: nodeId, title: label, lead: label, coordinating: list(label, 0, 30) }), 0, 200),
  'targetTable?': str(1, 100),
  'yearbook?': str(1, 100),
  'schedule?': list(phase, 0, 100),
  'reviews?': list(obj({ id: nodeId, label, 'quarter?': obj({ year: int(), quarter: int(1, 4) }), 'month?': isoMonth }), 0, 50),
  'reportDue?': obj({ to: label, 'date?': isoDate, 'yearly?': obj({ month: int(1, 12), day: int(1, 31), before: bool }) }),
  'funding?': label,
});

/** Every problem of a value's shape as a plan. @internal */
export function planIssues(value: unknown): Issue[] {
  return problemsOf(plan, value);
}
