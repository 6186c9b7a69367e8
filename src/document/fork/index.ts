import * as z from 'zod';
import { parseWithBilingualIssues } from '../../core/errors/from-zod.js';
import { LearningSocietyError, toSafe, type SafeResult } from '../../core/errors/index.js';
import { labelSchema } from '../../core/label/index.js';
import { isoDateSchema, legalSourceSchema } from '../legal-source/index.js';
import { parseRuleSet } from '../../rules/rule-set/parse.js';
import { RULE_SET_KEYED_FIELDS, jurisdictionSchema, ruleSetObjectSchema, type RuleSet } from '../../rules/rule-set/schema.js';
import { checkUntrustedJson, type InputLimits } from '../../core/untrusted/index.js';
import { applyKeyedMergePatch } from './merge-patch.js';

/**
 * A patch to a rule set: the fields to change, in the shape of a rule set, where `criteria`, `indicators`,
 * `rules`, `classes` and `sources` are addressed by id (see {@link applyKeyedMergePatch}). `null` removes.
 *
 * @example
 * ```ts
 * import type { RuleSetPatch } from 'vn-learning-society';
 * const patch: RuleSetPatch = {
 *   outcome: { rules: { 'min-total': { points: 85 } } },
 *   criteria: { adults: { label: { vi: 'Việc học của người lớn' } } },
 * };
 * ```
 */
export type RuleSetPatch = { readonly [field: string]: unknown };

/** Who forks, and on what legal basis: the new rule set's id, jurisdiction and, optionally, its own sources and dates. */
export const forkMetaSchema = z.strictObject({
  id: ruleSetObjectSchema.shape.id,
  jurisdiction: jurisdictionSchema,
  title: labelSchema.optional(),
  /** The fork's own legal basis (e.g. the province's decision); placed before the base's sources. */
  sources: z.array(legalSourceSchema).max(20).optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  /** Why it was derived, recorded in `derivedFrom.note`. */
  note: labelSchema.optional(),
});

/** See {@link forkMetaSchema}. */
export type ForkMeta = z.input<typeof forkMetaSchema>;

/** Fields a patch may not set: they come from {@link ForkMeta}. */
const META_FIELDS = ['schemaVersion', 'id', 'jurisdiction', 'derivedFrom'] as const;

/**
 * Derives a new rule set (e.g. a province's) from a base by patching only what changes, and validates the
 * result. The fork records the base it was derived from; its sources are the fork's own (from `meta`) followed
 * by the base's. A patch from untrusted JSON is bounded and cannot reach prototypes; a patch that would give an
 * invalid rule set (an unreachable threshold, a maximum that no longer adds up) is refused with the path of each
 * problem.
 *
 * @throws {@link LearningSocietyError} `untrusted_input`, `invalid_patch` or `invalid_rule_set`.
 *
 * @example
 * ```ts
 * import { forkRuleSet, getRuleSet, diffRuleSets } from 'vn-learning-society';
 * const national = getRuleSet('learning-family-khvn-2015');
 * const province = forkRuleSet(
 *   national,
 *   { outcome: { rules: { 'min-total': { points: 85 } } } },
 *   { id: 'learning-family-dong-thap-2015', jurisdiction: { code: 'VN-45', name: { vi: 'Tỉnh Đồng Tháp', en: 'Dong Thap province' } } },
 * );
 * diffRuleSets(national, province).map((c) => c.message.en);
 * ```
 */
export function forkRuleSet(base: RuleSet, patch: RuleSetPatch | string, meta: ForkMeta, options: { limits?: InputLimits } = {}): RuleSet {
  return forkDocument(base, patch, meta, {
    keyedFields: RULE_SET_KEYED_FIELDS,
    parse: (input) => parseRuleSet(input, options.limits ? { limits: options.limits } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
}

/** What {@link forkDocument} needs to know about a kind of dated, sourced document (rule set, target table). */
export interface ForkableKind<T> {
  /** Lists whose elements a patch addresses by id. */
  readonly keyedFields: ReadonlySet<string>;
  /** Validates a document of this kind, throwing a {@link LearningSocietyError}. */
  readonly parse: (input: unknown) => T;
  readonly limits?: InputLimits;
}

/**
 * Derives a new document from a base by a keyed merge patch and fork metadata, and validates it: the machinery of
 * {@link forkRuleSet}, shared by every kind of dated, sourced document (rule sets, target tables).
 *
 * @example
 * ```ts
 * import { forkDocument, listTargets, parseTargetTable, TARGET_TABLE_KEYED_FIELDS } from 'vn-learning-society';
 * const national = listTargets().find((t) => t.id === 'targets-qd-387-2022')!;
 * const mine = forkDocument(national, { targets: { 'families-2025': { value: { percent: 85 } } } }, {
 *   id: 'targets-my-province', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } },
 * }, { keyedFields: TARGET_TABLE_KEYED_FIELDS, parse: parseTargetTable });
 * mine.derivedFrom?.id; // 'targets-qd-387-2022'
 * ```
 */
export function forkDocument<T extends { id: string; sources: readonly unknown[] }>(
  base: T,
  patch: RuleSetPatch | string,
  meta: ForkMeta,
  kind: ForkableKind<T>,
): T {
  const checkedPatch = checkUntrustedJson(patch, kind.limits);
  if (typeof checkedPatch !== 'object' || checkedPatch === null || Array.isArray(checkedPatch)) {
    throw new LearningSocietyError('invalid_patch', { vi: 'Bản sửa đổi không hợp lệ', en: 'Invalid patch' }, [
      { path: [], code: 'invalid_type', message: { vi: 'bản sửa đổi phải là một đối tượng', en: 'a patch must be an object' } },
    ]);
  }
  const metaParsed = parseWithBilingualIssues(forkMetaSchema, checkUntrustedJson(meta, kind.limits));
  if (!metaParsed.ok) {
    throw new LearningSocietyError('invalid_patch', { vi: 'Thông tin bản phái sinh không hợp lệ', en: 'Invalid fork metadata' }, metaParsed.issues.map((i) => ({ ...i, path: ['meta', ...i.path] })));
  }
  const m = metaParsed.data;
  const setMeta = META_FIELDS.filter((f) => Object.hasOwn(checkedPatch, f));
  if (setMeta.length > 0) {
    throw new LearningSocietyError(
      'invalid_patch',
      { vi: 'Bản sửa đổi không hợp lệ', en: 'Invalid patch' },
      setMeta.map((f) => ({
        path: [f],
        code: 'meta_field',
        message: { vi: `"${f}" được đặt qua tham số meta, không qua bản sửa đổi`, en: `"${f}" is set through meta, not the patch` },
      })),
    );
  }
  const checkedBase = kind.parse(base);
  const merged = applyKeyedMergePatch(checkedBase, checkedPatch, kind.keyedFields) as Record<string, unknown>;
  const derived: Record<string, unknown> = {
    ...merged,
    id: m.id,
    jurisdiction: m.jurisdiction,
    derivedFrom: { id: checkedBase.id, ...(m.note ? { note: m.note } : {}) },
  };
  if (m.title) derived.title = m.title;
  if (m.validFrom) derived.validFrom = m.validFrom;
  if (m.validTo) derived.validTo = m.validTo;
  if (m.sources) derived.sources = [...m.sources, ...(merged.sources as unknown[])];
  return kind.parse(derived);
}

/**
 * Like {@link forkRuleSet}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeForkRuleSet, getRuleSet } from 'vn-learning-society';
 * const r = safeForkRuleSet(getRuleSet('learning-family-khvn-2015'), '{"__proto__": {"x": 1}}', {
 *   id: 'x', jurisdiction: { code: 'VN-X', name: { vi: 'X', en: 'X' } },
 * });
 * r.success; // false
 * ```
 */
export function safeForkRuleSet(base: RuleSet, patch: RuleSetPatch | string, meta: ForkMeta, options: { limits?: InputLimits } = {}): SafeResult<RuleSet> {
  return toSafe(() => forkRuleSet(base, patch, meta, options));
}
