import { LearningSocietyError, type Issue } from '../../core/errors/index.js';
import { bool, byKind, label, list, num, obj, oneOf, problemsOf } from '../../core/internal/check.js';
import { deepFreeze, isDeepFrozen } from '../../core/internal/deep-freeze.js';
import { checkUntrustedJson } from '../../core/untrusted/index.js';
import { LEVELS, MODELS } from '../../core/model/index.js';
import { datedEntryFields, derivedFrom, documentNote, nodeId } from '../../document/dated-entry/check.js';
import { confirmation, legalSource, sourceRef } from '../../document/legal-source/check.js';
import { ruleSetConsistencyIssues } from './consistency.js';
import type { RuleSet } from './schema.js';

/*
 * The check of a rule set, without zod: the same shape as `ruleSetSchema` (written once more, with the checkers of
 * core/internal/check.ts) and the same consistency checks (consistency.ts, shared). `parseRuleSet` and
 * `compileRuleSet` run it, so that the core carries no schema library; the zod schema is in
 * vn-learning-society/schemas. test/document/checks-agree.test.ts proves the two accept and refuse the same rule sets.
 */

const points = num(0, 10_000);
const percent = num(0, 100);
const nodeMeta = { label, 'description?': label, 'source?': sourceRef, 'uncertain?': bool, 'question?': label, 'confirmed?': confirmation, 'note?': label };
const ruleMeta = { id: nodeId, 'label?': label, 'source?': sourceRef, 'uncertain?': bool, 'question?': label, 'confirmed?': confirmation, 'note?': label };
const rollup = obj({ model: oneOf(MODELS), 'level?': oneOf(LEVELS), 'of?': oneOf(['population', 'evaluated']) });

const indicator = byKind({
  judged: obj({ kind: oneOf(['judged']), id: nodeId, ...nodeMeta, maxPoints: points, 'step?': num(0, 10_000, { above: true }) }),
  boolean: obj({ kind: oneOf(['boolean']), id: nodeId, ...nodeMeta, points }),
  count: obj({ kind: oneOf(['count']), id: nodeId, ...nodeMeta, 'unit?': label, bands: list(obj({ atLeast: num(0, Number.MAX_SAFE_INTEGER, { int: true }), points }), 1, 50), 'rollup?': rollup }),
  ratio: obj({ kind: oneOf(['ratio']), id: nodeId, ...nodeMeta, part: label, whole: label, bands: list(obj({ atLeastPercent: percent, points }), 1, 50), 'whenWholeIsZero?': points, 'rollup?': rollup }),
});

const rule = byKind({
  'min-total': obj({ kind: oneOf(['min-total']), ...ruleMeta, points }),
  'min-criterion': obj({ kind: oneOf(['min-criterion']), ...ruleMeta, criterion: nodeId, 'points?': points, 'percent?': percent }),
  'min-each-criterion': obj({ kind: oneOf(['min-each-criterion']), ...ruleMeta, percent }),
  'mandatory-indicator': obj({ kind: oneOf(['mandatory-indicator']), ...ruleMeta, indicator: nodeId, 'points?': points }),
  'min-each-indicator': obj({ kind: oneOf(['min-each-indicator']), ...ruleMeta, 'indicators?': list(nodeId, 1, 500), 'points?': points, 'percent?': percent }),
  'class-reached': obj({ kind: oneOf(['class-reached']), ...ruleMeta, class: nodeId }),
});

const ruleSetShape = obj({
  ...datedEntryFields,
  'description?': label,
  sources: list(legalSource, 1, 50),
  'pointDenominator?': num(1, 100, { int: true }),
  'scale?': oneOf(['points', 'targets']),
  'maxTotal?': points,
  criteria: list(obj({ id: nodeId, ...nodeMeta, 'maxPoints?': points, indicators: list(indicator, 1, 200) }), 1, 100),
  outcome: obj({
    title: label,
    rules: list(rule, 0, 100),
    'classes?': list(obj({ id: nodeId, label, rules: list(rule, 0, 100), 'source?': sourceRef, 'uncertain?': bool, 'question?': label, 'confirmed?': confirmation }), 0, 20),
  }),
  'derivedFrom?': derivedFrom,
  'notes?': list(documentNote, 0, 200),
});

/**
 * Every problem of a value as a rule set: its shape, then (when the shape holds) every consistency check. Empty when
 * it is a valid rule set.
 *
 * @internal
 */
export function ruleSetIssues(value: unknown): Issue[] {
  const out = problemsOf(ruleSetShape, value);
  return out.length > 0 ? out : ruleSetConsistencyIssues(value as RuleSet);
}

/**
 * A rule set checked for scoring, without zod: a deeply frozen one (the shipped rule sets, a compiled rule set's
 * copy) is checked as it is; any other is bounded as untrusted input, checked and copied, so that a caller who changes
 * it later changes nothing scored with it.
 *
 * @throws {@link LearningSocietyError} `untrusted_input` or `invalid_rule_set`, each problem with its path.
 * @internal
 */
export function checkedRuleSet(value: unknown): RuleSet {
  const data = checkUntrustedJson(value);
  const issues = ruleSetIssues(data);
  if (issues.length > 0) throw new LearningSocietyError('invalid_rule_set', { vi: 'Bộ tiêu chí không hợp lệ', en: 'Invalid rule set' }, issues);
  return (isDeepFrozen(data) ? data : deepFreeze(structuredClone(data))) as RuleSet;
}
