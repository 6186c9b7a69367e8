import type * as z from 'zod';
import type { forkMetaSchema } from './schema.js';

/** See {@link forkMetaSchema}. */
export type ForkMeta = z.input<typeof forkMetaSchema>;
