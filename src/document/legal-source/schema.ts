import * as z from 'zod';
import { isoDateSchema } from '../../core/calendar-date/schema.js';
import { labelSchema } from '../../core/label/schema.js';
import { DOCUMENT_KINDS } from './keys.js';
import { SOURCE_ID_PATTERN } from '../dated-entry/ids.js';

/** A legal document, identified by its official number and issuer. */
export const legalDocumentSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  /** Official number and symbol, e.g. `448/QĐ-KHVN`; omitted only when the number is not known. */
  number: z.string().min(1).max(120).optional(),
  issuer: labelSchema,
  /** Date of signature, `YYYY-MM-DD`. */
  date: isoDateSchema.optional(),
  title: labelSchema.optional(),
});

/**
 * A legal source (căn cứ pháp lý) of a rule set: the document, where it was read, and whether any
 * value taken from it is still uncertain.
 *
 * @example
 * ```ts
 * import { legalSourceSchema } from 'vn-learning-society/schemas';
 * legalSourceSchema.parse({
 *   id: 'qd-448',
 *   document: {
 *     kind: 'decision', number: '448/QĐ-KHVN', date: '2015-12-01',
 *     issuer: { vi: 'Hội Khuyến học Việt Nam', en: 'Vietnam Association for Promoting Education' },
 *   },
 * });
 * ```
 */
export const legalSourceSchema = z.strictObject({
  /** Local id, referenced by criteria, indicators and rules (`source.ref`). */
  id: z.string().regex(SOURCE_ID_PATTERN),
  document: legalDocumentSchema,
  /** Where in the document (article, section, annex), e.g. `Mục A`. */
  article: z.string().min(1).max(200).optional(),
  /** Public copies the value was read from. */
  urls: z.array(z.url().max(2000)).max(20).optional(),
  note: labelSchema.optional(),
  /** True when a value from this source has not been confirmed against the text itself. */
  uncertain: z.boolean().optional(),
});

/** A pointer from a criterion, indicator or rule to one of the rule set's sources. */
export const sourceRefSchema = z.strictObject({
  ref: z.string().regex(SOURCE_ID_PATTERN),
  article: z.string().min(1).max(200).optional(),
});

/**
 * Where a value once marked uncertain was confirmed (xác nhận từ văn bản): the source (an id of the document's
 * `sources`), the article, a short quote of the text, who confirmed it and on what day. A value with a confirmation is
 * no longer uncertain, and a diff says "confirmed from …".
 *
 * @example
 * ```ts
 * import { confirmationSchema } from 'vn-learning-society/schemas';
 * const confirmation = confirmationSchema.parse({
 *   ref: 'qd-1014-ba-ria-vung-tau', article: 'Phụ lục 1, mục A', quote: 'đạt từ 80 điểm trở lên',
 *   by: 'Sở GD&ĐT Bà Rịa – Vũng Tàu', on: '2026-03-02',
 * });
 * confirmation.on; // '2026-03-02'
 * ```
 */
export const confirmationSchema = z.strictObject({
  /** Id of the source in the document's `sources` that states the value. */
  ref: z.string().regex(SOURCE_ID_PATTERN),
  article: z.string().min(1).max(200).optional(),
  /** A short quote of the text that states the value. */
  quote: z.string().min(1).max(500),
  /** Who confirmed it (an office, a person). */
  by: z.string().min(1).max(200),
  /** The day it was confirmed, `YYYY-MM-DD`. */
  on: isoDateSchema,
});

