import * as z from 'zod';
import { labelSchema } from '../../core/label/schema.js';
import { confirmationSchema, legalSourceSchema } from '../../document/legal-source/schema.js';
import { datedEntryShape, nodeIdSchema } from '../../document/dated-entry/schema.js';
import { periodProblem } from '../../document/dated-entry/period.js';
import { refineWith } from '../../core/errors/from-zod.js';
import { READING_CONFIDENCE, RECOGNITION_FIELDS } from './keys.js';
import { readingIssues } from './readings.js';

/**
 * A day of the year relative to the evaluation year: `{ month: 2, day: 28, yearOffset: 1 }` is "28 February of the
 * year after the one evaluated".
 */
export const dayInCycleSchema = z.strictObject({
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(31),
  yearOffset: z.int().min(0).max(2),
});

/**
 * How long a recognition lasts:
 * - `years-after-recognition-year`: kept for N whole calendar years after the year it was given (bảo lưu N năm tiếp
 *   theo năm được công nhận): to 31 December of that year + N;
 * - `months-from-decision`: N months from the decision, the last day included;
 * - `one-cycle`: until the next evaluation, one cycle after the decision.
 */
export const recognitionValiditySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('years-after-recognition-year'), years: z.int().min(1).max(10) }),
  z.strictObject({ kind: z.literal('months-from-decision'), months: z.int().min(1).max(120) }),
  z.strictObject({ kind: z.literal('one-cycle') }),
]);


/**
 * One reading of a rule the law leaves unsettled (cách hiểu): who evaluates and who recognises under it, why, on which
 * of the rule's sources, and how sure it is. A rule that has readings names the one in effect (`reading`); its
 * `evaluatingBody` and `recognizingAuthority` are that reading's.
 */
export const recognitionReadingSchema = z.strictObject({
  id: nodeIdSchema,
  label: labelSchema,
  evaluatingBody: labelSchema.optional(),
  recognizingAuthority: labelSchema,
  /** Why this reading (lập luận). */
  reasoning: labelSchema,
  /** The ids of the rule's sources the reading rests on. */
  basis: z.array(z.string().min(1).max(64)).max(20).optional(),
  confidence: z.enum(READING_CONFIDENCE),
});

/**
 * Who recognises a title, when, and for how long (quy trình, thẩm quyền công nhận): the party that registers or
 * applies, the body that evaluates, the authority that signs, the cycle, the deadlines, and how long a
 * recognition stays valid. Dated like a rule set, so that the change to two tiers of local government on
 * 1 July 2025 is a new rule from that day.
 */
export const recognitionRuleSchema = z.strictObject({
  ...datedEntryShape,
  /** Who registers or applies (đăng ký, đề nghị). */
  registeringParty: labelSchema,
  /** Who evaluates the dossier (tổ chức đánh giá, thẩm định). */
  evaluatingBody: labelSchema,
  /** Who decides the recognition (quyết định công nhận). */
  recognizingAuthority: labelSchema,
  /** One evaluation every `everyYears` years. */
  cycle: z.strictObject({ everyYears: z.int().min(1).max(5) }),
  /** The evidence counted: the calendar year evaluated (01/01–31/12). */
  evidencePeriod: z.literal('calendar-year').optional(),
  /** Dossiers must arrive before this day. */
  dossierDue: dayInCycleSchema.optional(),
  /** Recognition must be decided before this day. */
  decisionDue: dayInCycleSchema.optional(),
  /** Results must be reported upwards before this day. */
  reportDue: dayInCycleSchema.optional(),
  validity: recognitionValiditySchema,
  /** A unit at `from` may apply for `to` after `afterMonths` months (e.g. level 1 → level 2 after 12 months). */
  upgrade: z.strictObject({ from: nodeIdSchema, to: nodeIdSchema, afterMonths: z.int().min(1).max(120) }).optional(),
  sources: z.array(legalSourceSchema).min(1).max(20),
  /** Fields whose values are not confirmed from a source. */
  uncertain: z.array(z.enum(RECOGNITION_FIELDS)).max(RECOGNITION_FIELDS.length).optional(),
  notes: z
    .array(z.strictObject({ text: labelSchema, about: z.enum(RECOGNITION_FIELDS).optional(), uncertain: z.boolean().optional() }))
    .max(50)
    .optional(),
  /** The readings of an unsettled rule, where the law leaves who evaluates or recognises open. */
  readings: z.array(recognitionReadingSchema).min(2).max(10).optional(),
  /** The id of the reading in effect (with `readings`). */
  reading: nodeIdSchema.optional(),
  /**
   * Where the reading in effect was confirmed (xác nhận cách hiểu): the source among `sources`, the article, a quote,
   * who and when. A confirmed reading leaves none of the fields it decides uncertain; see `confirmReading`.
   */
  readingConfirmed: confirmationSchema.optional(),
}).superRefine(refineWith((rule) => [...periodIssues(rule), ...readingIssues(rule)]));

/** See {@link recognitionRuleSchema}. */
function periodIssues(rule: { validFrom: string; validTo?: string | undefined }) {
  const p = periodProblem(rule);
  return p ? [{ path: p.path, code: p.code, message: { vi: p.vi, en: p.en } }] : [];
}

export type RecognitionRule = z.infer<typeof recognitionRuleSchema>;
/** See {@link recognitionReadingSchema}. */
export type RecognitionReading = z.infer<typeof recognitionReadingSchema>;
/** See {@link dayInCycleSchema}. */
export type DayInCycle = z.infer<typeof dayInCycleSchema>;
/** See {@link recognitionValiditySchema}. */
export type RecognitionValidity = z.infer<typeof recognitionValiditySchema>;
