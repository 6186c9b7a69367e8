// The rule-set schemas and their types, without the checks across fields (consistency.ts), which read these types:
// schema.ts joins the two, so that neither imports the other.
import * as z from 'zod';
import { labelSchema } from '../../core/label/schema.js';
import { levelSchema } from '../../core/model/schema.js';
import { modelSchema } from '../../core/model/schema.js';
import { datedEntryShape, derivedFromSchema, documentNoteSchema, nodeIdSchema } from '../../document/dated-entry/schema.js';
import { jurisdictionSchema } from '../../document/jurisdiction/schema.js';
import { confirmationSchema, legalSourceSchema, sourceRefSchema } from '../../document/legal-source/schema.js';

export { jurisdictionSchema, nodeIdSchema };

/** Points: a non-negative number up to 10,000 (the rule set's `pointDenominator` says which fractions are allowed). */
export const pointsSchema = z.number().min(0).max(10_000);

/** A percentage 0–100 (70 means 70 %). */
export const percentSchema = z.number().min(0).max(100);

const nodeMeta = {
  label: labelSchema,
  description: labelSchema.optional(),
  source: sourceRefSchema.optional(),
  /** True when this node's structure or value was not confirmed against the source text. */
  uncertain: z.boolean().optional(),
  /** For an uncertain value: the question a person must answer from the text to confirm it. */
  question: labelSchema.optional(),
  /** Where the value was confirmed (document, article, quote, who, when); a confirmed value is not uncertain. */
  confirmed: confirmationSchema.optional(),
  note: labelSchema.optional(),
};

/** An indicator an evaluator judges, awarding 0..`maxPoints` points in steps of `step` (default 1). */
export const judgedIndicatorSchema = z.strictObject({
  kind: z.literal('judged'),
  id: nodeIdSchema,
  ...nodeMeta,
  maxPoints: pointsSchema,
  step: z.number().positive().max(10_000).optional(),
});

/** An indicator computed from a yes/no fact: `points` when true, 0 when false. */
export const booleanIndicatorSchema = z.strictObject({
  kind: z.literal('boolean'),
  id: nodeIdSchema,
  ...nodeMeta,
  points: pointsSchema,
});

/** A band of a count indicator: a count of at least `atLeast` earns `points`. */
export const countBandSchema = z.strictObject({
  atLeast: z.int().min(0),
  points: pointsSchema,
});

/**
 * Where a computed indicator takes its fact from the results below it (tổng hợp từ cấp dưới): the evaluations of
 * `model` (at `level`) in the area. A count counts those recognised; a ratio divides them by the `population`
 * of that model in the area (every household, say: the default) or by the number `evaluated`.
 */
export const rollupSchema = z.strictObject({
  model: modelSchema,
  level: levelSchema.optional(),
  of: z.enum(['population', 'evaluated']).optional(),
});

/**
 * An indicator computed from a count (e.g. books read, CLC sessions attended): the highest band whose
 * `atLeast` the count reaches gives the points; below the first band earns 0.
 */
export const countIndicatorSchema = z.strictObject({
  kind: z.literal('count'),
  id: nodeIdSchema,
  ...nodeMeta,
  unit: labelSchema.optional(),
  bands: z.array(countBandSchema).min(1).max(50),
  rollup: rollupSchema.optional(),
});

/** A band of a ratio indicator: a share of at least `atLeastPercent` % earns `points`. */
export const ratioBandSchema = z.strictObject({
  atLeastPercent: percentSchema,
  points: pointsSchema,
});

/**
 * An indicator computed from a ratio `part / whole` (e.g. school-age children at school / school-age children):
 * compared exactly (no floating point) with the bands. `whenWholeIsZero` gives the points when there is
 * nobody to count (default: the highest band's points, since nothing is missing).
 */
export const ratioIndicatorSchema = z.strictObject({
  kind: z.literal('ratio'),
  id: nodeIdSchema,
  ...nodeMeta,
  part: labelSchema,
  whole: labelSchema,
  bands: z.array(ratioBandSchema).min(1).max(50),
  whenWholeIsZero: pointsSchema.optional(),
  rollup: rollupSchema.optional(),
});

/** A leaf of the criteria tree (chỉ báo / nội dung): judged, or computed from a fact. */
export const indicatorSchema = z.discriminatedUnion('kind', [
  judgedIndicatorSchema,
  booleanIndicatorSchema,
  countIndicatorSchema,
  ratioIndicatorSchema,
]);

/** A criterion (tiêu chí): a labelled group of indicators; its maximum is the sum of theirs. */
export const criterionSchema = z.strictObject({
  id: nodeIdSchema,
  ...nodeMeta,
  /** The maximum the source prints for this criterion; checked against the sum of its indicators. */
  maxPoints: pointsSchema.optional(),
  indicators: z.array(indicatorSchema).min(1).max(200),
});

const ruleMeta = {
  id: nodeIdSchema,
  label: labelSchema.optional(),
  source: sourceRefSchema.optional(),
  uncertain: z.boolean().optional(),
  question: labelSchema.optional(),
  confirmed: confirmationSchema.optional(),
  note: labelSchema.optional(),
};

/** The total must reach `points` (tổng điểm tối thiểu). */
export const minTotalRuleSchema = z.strictObject({ kind: z.literal('min-total'), ...ruleMeta, points: pointsSchema });

/** One criterion must reach `points`, or `percent` % of its maximum (rounded up to the next allowed point). */
export const minCriterionRuleSchema = z.strictObject({
  kind: z.literal('min-criterion'),
  ...ruleMeta,
  criterion: nodeIdSchema,
  points: pointsSchema.optional(),
  percent: percentSchema.optional(),
});

/** Every criterion must reach `percent` % of its own maximum ("không có tiêu chí nào dưới …%"). */
export const minEachCriterionRuleSchema = z.strictObject({
  kind: z.literal('min-each-criterion'),
  ...ruleMeta,
  percent: percentSchema,
});

/** An indicator is mandatory: it must reach `points` (default: its maximum). */
export const mandatoryIndicatorRuleSchema = z.strictObject({
  kind: z.literal('mandatory-indicator'),
  ...ruleMeta,
  indicator: nodeIdSchema,
  points: pointsSchema.optional(),
});

/**
 * Each of the listed indicators (default: all) must reach `points`, or `percent` % of its own maximum (rounded up
 * to the next allowed point). With bands whose points are level numbers, this reads "every indicator at level 2".
 */
export const minEachIndicatorRuleSchema = z.strictObject({
  kind: z.literal('min-each-indicator'),
  ...ruleMeta,
  indicators: z.array(nodeIdSchema).min(1).max(500).optional(),
  points: pointsSchema.optional(),
  percent: percentSchema.optional(),
});

/**
 * Another class or level must be reached: how a level-by-level reading is written ("level 2 requires all of
 * level 1 plus …" is level 2 with `{ kind: 'class-reached', class: 'level-1' }` among its rules), and how
 * recognition can be tied to the lowest level. When it fails, the shortfalls of that class are reported.
 */
export const classReachedRuleSchema = z.strictObject({
  kind: z.literal('class-reached'),
  ...ruleMeta,
  class: nodeIdSchema,
});

/** A condition of recognition or of a class. */
export const outcomeRuleSchema = z.discriminatedUnion('kind', [
  minTotalRuleSchema,
  minCriterionRuleSchema,
  minEachCriterionRuleSchema,
  mandatoryIndicatorRuleSchema,
  minEachIndicatorRuleSchema,
  classReachedRuleSchema,
]);

/** A named class or level (xếp loại, mức), reached when all its rules hold. */
export const outcomeClassSchema = z.strictObject({
  id: nodeIdSchema,
  label: labelSchema,
  rules: z.array(outcomeRuleSchema).max(100),
  source: sourceRefSchema.optional(),
  uncertain: z.boolean().optional(),
  question: labelSchema.optional(),
  confirmed: confirmationSchema.optional(),
});

/**
 * What an evaluation concludes: the title recognised (`title`) when every rule in `rules` holds, and,
 * where the source ranks results, the first class in `classes` (ordered best first) whose rules all hold.
 */
export const outcomeSchema = z.strictObject({
  title: labelSchema,
  rules: z.array(outcomeRuleSchema).max(100),
  classes: z.array(outcomeClassSchema).max(20).optional(),
});

/** A note on a rule set, e.g. which values are uncertain and why (the note of every document). */
export const ruleSetNoteSchema = documentNoteSchema;

const ruleSetObjectSchema = z.strictObject({
  ...datedEntryShape,
  description: labelSchema.optional(),
  sources: z.array(legalSourceSchema).min(1).max(50),
  /** Points may be multiples of `1 / pointDenominator` (1: whole points; 2: half points). Default 1. */
  pointDenominator: z.int().min(1).max(100).optional(),
  /**
   * What the numbers mean: `points` (default) for a scored sheet whose total is an official figure; `targets` for a
   * framework of targets met or not (and levels reached), where points only count targets and the total is not shown.
   */
  scale: z.enum(['points', 'targets']).optional(),
  /** The maximum the source prints for the whole sheet; checked against the sum of the criteria. */
  maxTotal: pointsSchema.optional(),
  criteria: z.array(criterionSchema).min(1).max(100),
  outcome: outcomeSchema,
  derivedFrom: derivedFromSchema.optional(),
  notes: z.array(ruleSetNoteSchema).max(200).optional(),
});


/**
 * A rule set (bộ tiêu chí): official criteria of one model, as plain JSON-serialisable data.
 * See {@link schemas!ruleSetSchema}.
 */
export type RuleSet = z.infer<typeof ruleSetObjectSchema>;
/** See {@link criterionSchema}. */
export type Criterion = z.infer<typeof criterionSchema>;
/** See {@link indicatorSchema}. */
export type Indicator = z.infer<typeof indicatorSchema>;
/** The kinds of {@link Indicator}: `judged`, or computed from a `boolean`, `count` or `ratio` fact. */
export type IndicatorKind = Indicator['kind'];
/** See {@link outcomeRuleSchema}. */
export type OutcomeRule = z.infer<typeof outcomeRuleSchema>;
/** See {@link outcomeClassSchema}. */
export type OutcomeClass = z.infer<typeof outcomeClassSchema>;
/** See {@link rollupSchema}. */
export type Rollup = z.infer<typeof rollupSchema>;
export type { Jurisdiction } from '../../document/jurisdiction/index.js';
/** See {@link ruleSetNoteSchema}. */
export type RuleSetNote = z.infer<typeof ruleSetNoteSchema>;

export { RULE_SET_KEYED_FIELDS } from './keyed.js';

/** The shape checked by {@link ruleSetSchema}, without the cross-reference checks (for composing). */
export { ruleSetObjectSchema };
