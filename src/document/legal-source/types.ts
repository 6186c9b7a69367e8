import type * as z from 'zod';
import type { confirmationSchema, legalDocumentSchema, legalSourceSchema, sourceRefSchema } from './schema.js';

/** See {@link confirmationSchema}. */
export type Confirmation = z.infer<typeof confirmationSchema>;
/** See {@link legalDocumentSchema}. */
export type LegalDocument = z.infer<typeof legalDocumentSchema>;
/** See {@link legalSourceSchema}. */
export type LegalSource = z.infer<typeof legalSourceSchema>;
/** See {@link sourceRefSchema}. */
export type SourceRef = z.infer<typeof sourceRefSchema>;
