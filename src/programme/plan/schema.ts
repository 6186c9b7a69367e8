import * as z from 'zod';
import { isoDateSchema } from '../../core/calendar-date/schema.js';
import { labelSchema } from '../../core/label/schema.js';
import { documentEnvelopeShape, nodeIdSchema } from '../../document/dated-entry/schema.js';
import { DOCUMENT_KINDS } from '../../document/legal-source/kinds.js';
import { phaseSchema } from '../schedule/schema.js';

/** A task of a plan (nhiệm vụ): what, who leads (chủ trì) and who co-ordinates (phối hợp). */
export const planTaskSchema = z.strictObject({
  id: nodeIdSchema,
  title: labelSchema,
  lead: labelSchema,
  coordinating: z.array(labelSchema).max(30),
});

/**
 * A plan or co-ordination programme (kế hoạch, chương trình phối hợp) as data: its number and date, issuers and
 * signatories, legal bases as cited, period, tasks with lead and co-ordinating agencies, targets (by target table),
 * schedule, reviews, reporting deadline and funding source.
 */
export const planSchema = z.strictObject({
  ...documentEnvelopeShape,
  kind: z.enum(DOCUMENT_KINDS),
  /** Number and symbol (`59/KH-SGDĐT-HKH`); absent when the document leaves it blank. */
  reference: z.string().min(1).max(100).optional(),
  /** Day of signature; or only the month (`YYYY-MM`) when the day is blank. */
  date: isoDateSchema.optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
  issuers: z.array(labelSchema).min(1).max(10),
  signedBy: z.array(z.strictObject({ name: z.string().min(1).max(200), position: labelSchema })).max(10).optional(),
  /** Legal bases (căn cứ) as the document cites them. */
  legalBases: z.array(z.strictObject({ reference: z.string().min(1).max(100), kind: z.enum(DOCUMENT_KINDS), date: isoDateSchema.optional() })).max(100),
  period: z.strictObject({ from: z.int().min(1990).max(2100), to: z.int().min(1990).max(2100) }).optional(),
  tasks: z.array(planTaskSchema).max(200),
  /** Id of the plan's target table (see `listTargets`). */
  targetTable: z.string().min(1).max(100).optional(),
  /** Id of the plan's yearbook plan. */
  yearbook: z.string().min(1).max(100).optional(),
  schedule: z.array(phaseSchema).max(100).optional(),
  reviews: z
    .array(z.strictObject({ id: nodeIdSchema, label: labelSchema, quarter: z.strictObject({ year: z.int(), quarter: z.int().min(1).max(4) }).optional(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional() }))
    .max(50)
    .optional(),
  /** Results reported to `to` before a day, or before a day every year. */
  reportDue: z
    .strictObject({
      to: labelSchema,
      date: isoDateSchema.optional(),
      yearly: z.strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(31), before: z.boolean() }).optional(),
    })
    .optional(),
  funding: labelSchema.optional(),
});

/** See {@link planSchema}. */
export type Plan = z.infer<typeof planSchema>;
/** See {@link planTaskSchema}. */
export type PlanTask = z.infer<typeof planTaskSchema>;
