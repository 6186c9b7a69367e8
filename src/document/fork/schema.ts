import * as z from 'zod';
import { isoDateSchema } from '../../core/calendar-date/schema.js';
import { labelSchema } from '../../core/label/schema.js';
import { documentIdSchema } from '../dated-entry/schema.js';
import { jurisdictionSchema } from '../jurisdiction/schema.js';
import { legalSourceSchema } from '../legal-source/schema.js';

/** Who forks, and on what legal basis: the new rule set's id, jurisdiction and, optionally, its own sources and dates. */
export const forkMetaSchema = z.strictObject({
  id: documentIdSchema,
  jurisdiction: jurisdictionSchema,
  title: labelSchema.optional(),
  /** The fork's own legal basis (e.g. the province's decision); placed before the base's sources. */
  sources: z.array(legalSourceSchema).max(20).optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  /** Why it was derived, recorded in `derivedFrom.note`. */
  note: labelSchema.optional(),
});

