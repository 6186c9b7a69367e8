import { isoDate, label, obj, oneOf, report, str, bool, type Check } from '../../core/internal/check.js';
import { isProvinceKey } from '../place/codes.js';
import { LEVELS, MODELS } from '../../core/model/index.js';
import { DOCUMENT_ID_PATTERN, JURISDICTION_CODE_PATTERN, NODE_ID_PATTERN } from './ids.js';

// The zod-free checks of the fields every dated document shares (schema.ts has their zod schemas, for the schemas
// entry point): the checks the library's own parsers run.

const codeShape = str(0, Infinity, JURISDICTION_CODE_PATTERN);
/** A jurisdiction's code: its shape, and a statistics code with its list (`87@2025-03-01`) must name a province of that list. @internal */
export const jurisdictionCode: Check = (v, path, out) => {
  const before = out.length;
  codeShape(v, path, out);
  if (out.length === before && typeof v === 'string' && v.includes('@') && !isProvinceKey(v)) {
    report(out, path, 'unknown_jurisdiction', `${v} names no province: the list ${v.slice(3)} has no code ${v.slice(0, 2)} (lists: 2025-03-01, 2025-07-01)`, `${v} không phải mã tỉnh nào: danh mục ${v.slice(3)} không có mã ${v.slice(0, 2)} (các danh mục: 2025-03-01, 2025-07-01)`);
  }
};
/** @internal */
export const documentId: Check = str(0, 100, DOCUMENT_ID_PATTERN);
/** @internal */
export const nodeId: Check = str(0, 80, NODE_ID_PATTERN);
/** @internal */
export const jurisdiction: Check = obj({ code: jurisdictionCode, name: label });
/** @internal */
export const documentNote: Check = obj({ text: label, 'about?': nodeId, 'uncertain?': bool });
/** @internal */
export const derivedFrom: Check = obj({ id: str(1, 100), 'note?': label });
/** @internal */
export const model: Check = oneOf(MODELS);
/** @internal */
export const level: Check = oneOf(LEVELS);

/** The fields of a document's envelope (`documentEnvelopeShape`). @internal */
export const documentEnvelopeFields = { schemaVersion: oneOf([1]), id: documentId, jurisdiction, title: label } as const;

/** The days a document is in force (`validityShape`). @internal */
export const validityFields = { validFrom: isoDate, 'validTo?': isoDate } as const;

/** The fields of a dated entry (`datedEntryShape`). @internal */
export const datedEntryFields = {
  schemaVersion: documentEnvelopeFields.schemaVersion,
  id: documentId,
  model,
  'level?': level,
  jurisdiction,
  title: label,
  ...validityFields,
} as const;
