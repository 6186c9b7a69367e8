import * as z from 'zod';
import { refineWith } from '../../core/errors/from-zod.js';
import { codesMatchCount } from './codes.js';
import { isoDateSchema } from '../../core/calendar-date/schema.js';
import { labelSchema } from '../../core/label/schema.js';
import { levelSchema, modelSchema } from '../../core/model/schema.js';
import { derivedFromSchema, documentEnvelopeShape, documentNoteSchema, nodeIdSchema } from '../../document/dated-entry/schema.js';
import { legalSourceSchema } from '../../document/legal-source/schema.js';

const count = z.int().min(0).max(1e9);

/**
 * A yearbook plan (kế hoạch phát hành kỷ yếu): who nominates (e.g. 15 districts), how many reports of each model
 * each nominates (the quota), pages per report, and who receives how many copies. Data: a province forks the Long An
 * plan with other districts and quotas, no code.
 */
export const yearbookPlanSchema = z.strictObject({
  ...documentEnvelopeShape,
  year: z.int().min(1990).max(2100),
  sources: z.array(legalSourceSchema).min(1).max(20),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  /** The nominating units: what they are and how many (or their codes). */
  units: z.strictObject({ label: labelSchema, count, codes: z.array(z.string().min(1).max(50)).max(100_000).optional() }),
  /** Reports each unit nominates, per model (and level). */
  quota: z
    .array(z.strictObject({ id: nodeIdSchema, model: modelSchema, level: levelSchema.optional(), label: labelSchema, perUnit: count }))
    .min(1)
    .max(50),
  pagesPerReport: count,
  /** Pages beyond the reports (cover, foreword, contents). */
  extraPages: count.optional(),
  distribution: z.array(z.strictObject({ id: nodeIdSchema, recipient: labelSchema, count, copiesEach: count })).min(1).max(200),
  derivedFrom: derivedFromSchema.optional(),
  notes: z.array(documentNoteSchema).max(50).optional(),
}).superRefine(refineWith(codesMatchCount));

/** See {@link yearbookPlanSchema}. */
export type YearbookPlan = z.infer<typeof yearbookPlanSchema>;
