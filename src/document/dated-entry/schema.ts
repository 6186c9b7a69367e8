// The zod schemas of the fields every dated document shares, for vn-learning-society/schemas; the library's own
// parsers run the zod-free checks of check.ts, which test/document/checks-agree.test.ts proves agree with these.
import * as z from 'zod';
import { isoDateSchema } from '../../core/calendar-date/schema.js';
import { labelSchema } from '../../core/label/schema.js';
import { levelSchema } from '../../core/model/schema.js';
import { modelSchema } from '../../core/model/schema.js';
import { jurisdictionSchema } from '../jurisdiction/schema.js';
import { DOCUMENT_ID_PATTERN, NODE_ID_PATTERN } from './ids.js';

/**
 * Id of a document (rule set, target table, recognition rule, plan, yearbook plan): lower-case words joined by "-",
 * e.g. `learning-family-khvn-2015`.
 */
export const documentIdSchema = z.string().regex(DOCUMENT_ID_PATTERN).max(100);

/**
 * Id of an element of a document's keyed list (a criterion, indicator, rule, class, target, task, phase):
 * lower-case letters and digits in words joined by `-` or `.`, starting with a letter (so that JSON object key order
 * is never reordered), e.g. `children.attendance`.
 */
export const nodeIdSchema = z
  .string()
  .max(80)
  .regex(NODE_ID_PATTERN);

/** A note on a document, e.g. which values are uncertain and why, optionally about one of its elements. */
export const documentNoteSchema = z.strictObject({
  text: labelSchema,
  /** Id of the element the note is about (a criterion, indicator, rule, class or target). */
  about: nodeIdSchema.optional(),
  uncertain: z.boolean().optional(),
});

/** The document a fork was derived from (phái sinh từ), and why. Set by `forkDocument`, never by hand. */
export const derivedFromSchema = z.strictObject({ id: z.string().min(1).max(100), note: labelSchema.optional() });

/** See {@link documentNoteSchema}. */
export type DocumentNote = z.infer<typeof documentNoteSchema>;

/**
 * The envelope every document of the library shares (rule sets, recognition rules, target tables, plans, yearbook
 * plans): its format version, id, jurisdiction and title. Each kind of document spreads it into its own schema.
 */
export const documentEnvelopeShape = {
  schemaVersion: z.literal(1),
  id: documentIdSchema,
  jurisdiction: jurisdictionSchema,
  title: labelSchema,
};

/** The days a document is in force: from `validFrom`, to `validTo` (inclusive) or open-ended. */
export const validityShape = {
  /** First day in force, `YYYY-MM-DD`. */
  validFrom: isoDateSchema,
  /** Last day in force (inclusive); open-ended when omitted. */
  validTo: isoDateSchema.optional(),
};

const { schemaVersion, id, jurisdiction, title } = documentEnvelopeShape;

/**
 * The fields every dated document about a model shares (rule sets, recognition rules): the envelope
 * ({@link documentEnvelopeShape}), the model and level it is about, and the days it is in force.
 */
export const datedEntryShape = { schemaVersion, id, model: modelSchema, level: levelSchema.optional(), jurisdiction, title, ...validityShape };
