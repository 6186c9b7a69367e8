import type * as z from 'zod';
import type { documentNoteSchema } from './schema.js';

/** A note on a document, e.g. which values are uncertain and why, optionally about one of its elements. */
export type DocumentNote = z.infer<typeof documentNoteSchema>;

export { periodProblem } from './period.js';
