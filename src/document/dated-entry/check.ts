import { isoDate, label, obj, oneOf, str, bool, type Check } from '../../core/internal/check.js';
import { LEVELS, MODELS } from '../../core/model/index.js';
import { DOCUMENT_ID_PATTERN, JURISDICTION_CODE_PATTERN, NODE_ID_PATTERN } from './ids.js';

// The zod-free checks of the fields every dated document shares (schema.ts has their zod schemas, for the schemas
// entry point): the checks the library's own parsers run.

/** @internal */
export const documentId: Check = str(0, 100, DOCUMENT_ID_PATTERN);
/** @internal */
export const nodeId: Check = str(0, 80, NODE_ID_PATTERN);
/** @internal */
export const jurisdiction: Check = obj({ code: str(0, Infinity, JURISDICTION_CODE_PATTERN), name: label });
/** @internal */
export const documentNote: Check = obj({ text: label, 'about?': nodeId, 'uncertain?': bool });
/** @internal */
export const derivedFrom: Check = obj({ id: str(1, 100), 'note?': label });
/** @internal */
export const model: Check = oneOf(MODELS);
/** @internal */
export const level: Check = oneOf(LEVELS);

/** The fields of a dated entry (`datedEntryShape`). @internal */
export const datedEntryFields = {
  schemaVersion: oneOf([1]),
  id: documentId,
  model,
  'level?': level,
  jurisdiction,
  title: label,
  validFrom: isoDate,
  'validTo?': isoDate,
} as const;
