import { isoDate, label, list, obj, type Check } from '../../core/internal/check.js';
import { documentId, jurisdiction } from '../dated-entry/check.js';
import { legalSource } from '../legal-source/check.js';

/** The zod-free check of fork metadata (`forkMetaSchema`, in schema.ts). @internal */
export const forkMeta: Check = obj({
  id: documentId,
  jurisdiction,
  'title?': label,
  'sources?': list(legalSource, 0, 20),
  'validFrom?': isoDate,
  'validTo?': isoDate,
  'note?': label,
});
