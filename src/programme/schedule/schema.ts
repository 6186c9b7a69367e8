import * as z from 'zod';
import { isoDateSchema } from '../../core/calendar-date/schema.js';
import { labelSchema } from '../../core/label/schema.js';
import { nodeIdSchema } from '../../document/dated-entry/schema.js';
import { sourceRefSchema } from '../../document/legal-source/schema.js';

/** One phase of a plan (giai đoạn): its days, what it delivers, who is responsible, and any deadline inside it. */
export const phaseSchema = z.strictObject({
  id: nodeIdSchema,
  label: labelSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  deliverable: labelSchema.optional(),
  responsible: labelSchema.optional(),
  /** A deadline that must fall within the phase (e.g. reports due 25/9). */
  deadline: isoDateSchema.optional(),
});

/** See {@link phaseSchema}. */
export type Phase = z.infer<typeof phaseSchema>;

/** A schedule: phases in order. */
export const scheduleSchema = z.array(phaseSchema).max(200);

/** A day of every year (`month`, `day`), or a period of every year (`from` … `to`, possibly across a year end). */
export const recurringEventSchema = z.strictObject({
  id: nodeIdSchema,
  label: labelSchema,
  from: z.strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) }),
  to: z.strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) }).optional(),
  source: sourceRefSchema.optional(),
  /** Where the dates were read, in words. */
  basis: labelSchema,
  uncertain: z.boolean().optional(),
  note: labelSchema.optional(),
});

/** See {@link recurringEventSchema}. */
export type RecurringEvent = z.infer<typeof recurringEventSchema>;
