import type { LegalSource } from '../../document/legal-source/index.js';
import { referenceKey, type LegalCitation } from '../../programme/citation/index.js';
import { REGISTER_ENTRIES } from '../generated/legal-sources.js';
import { requireArray, requireObject, requireString } from '../../core/internal/args.js';

// One constant per entry of the register (QD_448_KHVN, …), for the catalogue's wiring: generated from the files of
// data/legal-sources/ by `npm run data:catalogue`.
export * from '../generated/legal-sources.js';

/**
 * The register of legal sources (danh mục văn bản, `data/legal-sources/`, one file per document): every document the
 * seeds and the shipped data cite, once, with where it was read and what is uncertain about it (a new file there is
 * listed by `npm run data:catalogue`). The rule sets, target tables and other documents in `data/` cite entries by id
 * (`{ "ref": "qd-448-khvn", "article": "Mục A" }`), and the script that lists them refuses an id the register does not
 * hold. Look one up by its number with {@link findLegalDocument}. Frozen.
 */
export const LEGAL_DOCUMENTS: readonly LegalSource[] = REGISTER_ENTRIES;

/**
 * The catalogue entry of a cited document, matched by number and symbol (with or without the year part or
 * diacritics); `undefined` when the catalogue does not have it.
 *
 * @example
 * ```ts
 * import { findLegalDocument } from 'vn-learning-society';
 * findLegalDocument('09/NQ-HĐND')?.document.date; // '2023-12-08'
 * findLegalDocument('387/QD-TTg')?.id; // 'qd-387-ttg'
 * ```
 */
export function findLegalDocument(reference: string | Pick<LegalCitation, 'reference'>, catalogue: readonly LegalSource[] = LEGAL_DOCUMENTS): LegalSource | undefined {
  requireArray(catalogue, 'catalogue');
  catalogue.forEach((s, i) => requireObject(requireObject(s, `catalogue[${i}]`).document, `catalogue[${i}].document`));
  if (typeof reference !== 'string') requireString(requireObject(reference, 'reference').reference, 'reference.reference');
  const key = referenceKey(typeof reference === 'string' ? reference : reference.reference);
  const found = catalogue.find((s) => s.document.number !== undefined && referenceKey(s.document.number) === key);
  return found ? structuredClone(found) : undefined;
}
