import * as z from 'zod';
import type { BilingualParams } from '../../core/errors/from-zod.js';
import type { IssueCode } from '../../core/errors/index.js';
import { labelSchema } from '../../core/label/schema.js';
import { levelSchema } from '../../core/model/schema.js';
import { modelSchema } from '../../core/model/schema.js';
import { isoDateSchema } from '../../core/calendar-date/schema.js';
import { derivedFromSchema, documentIdSchema, documentNoteSchema, nodeIdSchema, periodProblem } from '../../document/dated-entry/index.js';
import { jurisdictionSchema } from '../../document/jurisdiction/index.js';
import { legalSourceSchema, sourceRefSchema } from '../../document/legal-source/index.js';

/**
 * The value of a target:
 * - `percent`: a share of the population, in percent (70 = 70 %);
 * - `fraction`: a share stated as a fraction, such as "13/13 xã" (all 13 communes);
 * - `at-least`: an amount per unit, such as "at least 3 thematic sessions per community learning centre" or
 *   "3 books per person per year".
 */
export const targetValueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), percent: z.number().min(0).max(100) }),
  z.strictObject({ kind: z.literal('fraction'), numerator: z.int().min(0), denominator: z.int().min(1) }),
  z.strictObject({ kind: z.literal('at-least'), amount: z.number().min(0).max(1e12), unit: labelSchema }),
]);

/**
 * What a share is a share of (cơ sở tính):
 * `all` (every unit of the population, e.g. all households), `registered` (those that registered for the title),
 * `evaluated` (those evaluated), or `parent` (the units that met the parent target: "of which" a share of a share).
 */
export const TARGET_BASES = ['all', 'registered', 'evaluated', 'parent'] as const;

/** One target (chỉ tiêu) of a plan or programme, for one indicator and year. */
export const targetSchema = z.strictObject({
  id: nodeIdSchema,
  /** What is measured; progress counts are keyed by it (several targets may share an indicator, in other years). */
  indicator: nodeIdSchema,
  /**
   * The learning model whose recognised units this target counts (e.g. `learning-family` for the share of learning
   * families), and its level where the model has levels: how a tally's counts meet the target without a hand-made map.
   */
  model: modelSchema.optional(),
  level: levelSchema.optional(),
  label: labelSchema,
  /** The year by whose end the target is to be met. */
  year: z.int().min(1990).max(2100),
  value: targetValueSchema,
  /** The population the share is taken of, in words, e.g. "households of the province". */
  population: labelSchema,
  /**
   * When the population is the administrative units of a level (the provinces, the communes): its size is then the
   * number of those units on the list in force on the target's date (`vn-learning-society/units`, `targetDenominator`)
   * — 63 provinces before 1 July 2025, 34 after.
   */
  unitLevel: z.enum(['province', 'commune']).optional(),
  base: z.enum(TARGET_BASES),
  /** When the target applies to part of the population only (e.g. mountainous and especially difficult areas). */
  subPopulation: labelSchema.optional(),
  /** The target this one is nested in ("trong đó", of which). */
  parent: nodeIdSchema.optional(),
  source: sourceRefSchema.optional(),
  uncertain: z.boolean().optional(),
  note: labelSchema.optional(),
});

/** The shape checked by {@link targetTableSchema}, without its cross-reference checks. */
export const targetTableObjectSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: documentIdSchema,
  jurisdiction: jurisdictionSchema,
  title: labelSchema,
  sources: z.array(legalSourceSchema).min(1).max(50),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  targets: z.array(targetSchema).min(1).max(1000),
  derivedFrom: derivedFromSchema.optional(),
  notes: z.array(documentNoteSchema).max(200).optional(),
});

/** Lists of a target table whose elements are addressed by id (in patches and diffs). */
export const TARGET_TABLE_KEYED_FIELDS: ReadonlySet<string> = new Set(['targets', 'sources']);

/**
 * A table of targets (bảng chỉ tiêu) of a plan or programme, for a jurisdiction, with its sources: national
 * programmes, a province's plan. Checked: unique ids, sources and parents that exist, no nesting loops, fractions
 * of at most 1, and a `parent` base only on nested targets.
 */
export const targetTableSchema = targetTableObjectSchema.superRefine((t, ctx) => {
  const report = (path: (string | number)[], code: IssueCode, en: string, vi: string) => {
    const params: BilingualParams = { vi, code };
    ctx.addIssue({ code: 'custom', path, message: en, params, input: t });
  };
  const sourceIds = new Set(t.sources.map((s) => s.id));
  const ids = new Map<string, number>();
  t.targets.forEach((target, i) => {
    if (ids.has(target.id)) report(['targets', i, 'id'], 'duplicate_id', `duplicate target id "${target.id}"`, `trùng mã chỉ tiêu "${target.id}"`);
    ids.set(target.id, i);
    if (target.source && !sourceIds.has(target.source.ref)) {
      report(['targets', i, 'source', 'ref'], 'unknown_source', `no source with id "${target.source.ref}"`, `không có nguồn với mã "${target.source.ref}"`);
    }
    if (target.value.kind === 'fraction' && target.value.numerator > target.value.denominator) {
      report(['targets', i, 'value', 'numerator'], 'fraction_above_one', 'a target fraction cannot exceed 1', 'chỉ tiêu dạng phân số không được lớn hơn 1');
    }
    if (target.base === 'parent' && target.parent === undefined) {
      report(['targets', i, 'base'], 'parent_missing', 'a share of the parent needs a parent target', 'tỷ lệ tính trên chỉ tiêu mẹ cần có chỉ tiêu mẹ');
    }
  });
  t.targets.forEach((target, i) => {
    if (target.parent === undefined) return;
    if (!ids.has(target.parent)) {
      report(['targets', i, 'parent'], 'unknown_parent', `no target with id "${target.parent}"`, `không có chỉ tiêu với mã "${target.parent}"`);
      return;
    }
    const seen = new Set([target.id]);
    let p: string | undefined = target.parent;
    while (p !== undefined) {
      if (seen.has(p)) {
        report(['targets', i, 'parent'], 'parent_cycle', `target "${target.id}" is nested in itself`, `chỉ tiêu "${target.id}" lồng vào chính nó`);
        return;
      }
      seen.add(p);
      p = t.targets[ids.get(p) ?? -1]?.parent;
    }
  });
  const period = periodProblem(t);
  if (period) report(period.path, period.code, period.en, period.vi);
});

/** See {@link targetTableSchema}. */
export type TargetTable = z.infer<typeof targetTableObjectSchema>;
/** See {@link targetSchema}. */
export type Target = z.infer<typeof targetSchema>;
/** See {@link targetValueSchema}. */
export type TargetValue = z.infer<typeof targetValueSchema>;
