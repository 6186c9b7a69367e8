import type { Issue } from '../../core/errors/index.js';
import { bool, byKind, int, label, list, num, obj, oneOf, problemsOf, type Check } from '../../core/internal/check.js';
import { derivedFrom, documentEnvelopeFields, documentNote, level, model, nodeId, validityFields } from '../../document/dated-entry/check.js';
import { legalSource, sourceRef } from '../../document/legal-source/check.js';
import { targetTableConsistencyIssues } from './consistency.js';
import { TARGET_BASES } from './keys.js';
import type { TargetTable } from './schema.js';

// The zod-free check of a target table (`targetTableSchema`, in schema.ts), which parseTargetTable runs.

const targetValue: Check = byKind({
  percent: obj({ kind: oneOf(['percent']), percent: num(0, 100) }),
  fraction: obj({ kind: oneOf(['fraction']), numerator: int(0), denominator: int(1) }),
  'at-least': obj({ kind: oneOf(['at-least']), amount: num(0, 1e12), unit: label }),
});

const target: Check = obj({
  id: nodeId,
  indicator: nodeId,
  'model?': model,
  'level?': level,
  label,
  year: int(1990, 2100),
  value: targetValue,
  population: label,
  'unitLevel?': oneOf(['province', 'commune']),
  base: oneOf(TARGET_BASES),
  'subPopulation?': label,
  'parent?': nodeId,
  'source?': sourceRef,
  'uncertain?': bool,
  'note?': label,
});

const targetTable: Check = obj({
  ...documentEnvelopeFields,
  sources: list(legalSource, 1, 50),
  ...validityFields,
  targets: list(target, 1, 1000),
  'derivedFrom?': derivedFrom,
  'notes?': list(documentNote, 0, 200),
});

/** Every problem of a value as a target table: its shape, then its consistency. @internal */
export function targetTableIssues(value: unknown): Issue[] {
  const out = problemsOf(targetTable, value);
  return out.length > 0 ? out : targetTableConsistencyIssues(value as TargetTable);
}
