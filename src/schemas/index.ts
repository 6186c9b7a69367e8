/**
 * `vn-learning-society/schemas`: the zod schemas of every document the library reads (rule sets, assessments, target
 * tables, recognition rules, plans, yearbook plans, schedules, legal sources, fork metadata) and their JSON Schemas.
 *
 * The core entry point does not need them: its parsers (`parseRuleSet`, `parseTargetTable`, `parseRecognitionRule`,
 * `parsePlan`, `parseYearbookPlan`, `checkSchedule`, `forkDocument`) run small checks of their own, so that an
 * application that only scores and reports carries no schema library. Use these to compose your own schemas (a form
 * that embeds a rule set's assessment), to read zod's issues directly, or to give editors a JSON Schema. The
 * library's tests prove that each schema accepts and refuses exactly what the matching parser does.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { assessmentSchema, ruleSetSchema } from 'vn-learning-society/schemas';
 * ruleSetSchema.safeParse(getRuleSet('learning-family-khvn-2015')).success; // true
 * assessmentSchema(getRuleSet('learning-family-khvn-2015')).safeParse({ points: { 'children.results': 12 } }).success; // false
 * ```
 *
 * @packageDocumentation
 */

export { labelSchema } from '../core/label/schema.js';
export { levelSchema, modelSchema } from '../core/model/schema.js';
export { isoDateSchema } from '../core/calendar-date/schema.js';
export { jurisdictionSchema } from '../document/jurisdiction/schema.js';
export { datedEntryShape, derivedFromSchema, documentEnvelopeShape, documentIdSchema, documentNoteSchema, nodeIdSchema, validityShape } from '../document/dated-entry/schema.js';
export { confirmationSchema, legalDocumentSchema, legalSourceSchema, sourceRefSchema } from '../document/legal-source/schema.js';
export { forkMetaSchema } from '../document/fork/schema.js';
export {
  booleanIndicatorSchema,
  classReachedRuleSchema,
  countBandSchema,
  countIndicatorSchema,
  criterionSchema,
  indicatorSchema,
  judgedIndicatorSchema,
  mandatoryIndicatorRuleSchema,
  minCriterionRuleSchema,
  minEachCriterionRuleSchema,
  minEachIndicatorRuleSchema,
  minTotalRuleSchema,
  outcomeClassSchema,
  outcomeRuleSchema,
  outcomeSchema,
  percentSchema,
  pointsSchema,
  ratioBandSchema,
  ratioIndicatorSchema,
  ruleSetNoteSchema,
  ruleSetObjectSchema,
  ruleSetSchema,
  rollupSchema,
} from '../rules/rule-set/schema.js';
export { assessmentSchema } from '../rules/assessment/schema.js';
export { targetSchema, targetTableObjectSchema, targetTableSchema, targetValueSchema } from '../programme/targets/schema.js';
export { dayInCycleSchema, recognitionReadingSchema, recognitionRuleSchema, recognitionValiditySchema } from '../programme/recognition/schema.js';
export { phaseSchema, recurringEventSchema, scheduleSchema } from '../programme/schedule/schema.js';
export { planSchema, planTaskSchema } from '../programme/plan/schema.js';
export { yearbookPlanSchema } from '../programme/yearbook/schema.js';
export { recognitionRuleJsonSchema, ruleSetJsonSchema, targetTableJsonSchema } from './json-schema.js';
export { parseWithBilingualIssues } from '../core/errors/from-zod.js';
