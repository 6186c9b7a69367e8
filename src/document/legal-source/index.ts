export type { Confirmation, LegalDocument, LegalSource, SourceRef } from './types.js';
export { citeSource, DOCUMENT_KIND_NAMES, DOCUMENT_KINDS } from './kinds.js';
