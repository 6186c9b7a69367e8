import * as z from 'zod';
import { refineWith } from '../../core/errors/from-zod.js';
import { targetTableConsistencyIssues } from './consistency.js';
import { TARGET_BASES } from './keys.js';
import { labelSchema } from '../../core/label/schema.js';
import { levelSchema } from '../../core/model/schema.js';
import { modelSchema } from '../../core/model/schema.js';
import { derivedFromSchema, documentEnvelopeShape, documentNoteSchema, nodeIdSchema, validityShape } from '../../document/dated-entry/schema.js';
import { legalSourceSchema, sourceRefSchema } from '../../document/legal-source/schema.js';

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
  ...documentEnvelopeShape,
  sources: z.array(legalSourceSchema).min(1).max(50),
  ...validityShape,
  targets: z.array(targetSchema).min(1).max(1000),
  derivedFrom: derivedFromSchema.optional(),
  notes: z.array(documentNoteSchema).max(200).optional(),
});


/**
 * A table of targets (bảng chỉ tiêu) of a plan or programme, for a jurisdiction, with its sources: national
 * programmes, a province's plan. Checked: unique ids, sources and parents that exist, no nesting loops, fractions
 * of at most 1, and a `parent` base only on nested targets.
 */
export const targetTableSchema = targetTableObjectSchema.superRefine(refineWith(targetTableConsistencyIssues));

/** See {@link targetTableSchema}. */
export type TargetTable = z.infer<typeof targetTableObjectSchema>;
/** See {@link targetSchema}. */
export type Target = z.infer<typeof targetSchema>;
/** See {@link targetValueSchema}. */
export type TargetValue = z.infer<typeof targetValueSchema>;
