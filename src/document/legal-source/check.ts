import { bool, isoDate, label, list, obj, oneOf, str, url, type Check } from '../../core/internal/check.js';
import { SOURCE_ID_PATTERN } from '../dated-entry/ids.js';
import { DOCUMENT_KINDS } from './keys.js';

// The zod-free checks of legal sources and references to them (schema.ts has their zod schemas).

/** @internal */
export const legalSource: Check = obj({
  id: str(0, Infinity, SOURCE_ID_PATTERN),
  document: obj({ kind: oneOf(DOCUMENT_KINDS), 'number?': str(1, 120), issuer: label, 'date?': isoDate, 'title?': label }),
  'article?': str(1, 200),
  'urls?': list(url, 0, 20),
  'note?': label,
  'uncertain?': bool,
});
/** @internal */
export const sourceRef: Check = obj({ ref: str(0, Infinity, SOURCE_ID_PATTERN), 'article?': str(1, 200) });
/** @internal */
export const confirmation: Check = obj({ ref: str(0, Infinity, SOURCE_ID_PATTERN), 'article?': str(1, 200), quote: str(1, 500), by: str(1, 200), on: isoDate });
