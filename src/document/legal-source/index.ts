import * as z from 'zod';
import { dayMonthYear, isoDateSchema } from '../../core/calendar-date/index.js';
import { labelSchema } from '../../core/label/index.js';
import { requireObject } from '../../core/internal/args.js';

/**
 * Kinds of legal and administrative documents the programme cites:
 * quyết định (decision), thông tư (circular), công văn (official letter), hướng dẫn (guidance),
 * kế hoạch (plan), chương trình phối hợp (co-ordination programme).
 */
export const DOCUMENT_KINDS = [
  'decision',
  'circular',
  'decree',
  'directive',
  'resolution',
  'conclusion',
  'official-letter',
  'guidance',
  'plan',
  'coordination-programme',
  'criteria-set',
  'other',
] as const;

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
 * import { legalSourceSchema } from 'vn-learning-society';
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
  id: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
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
  ref: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
  article: z.string().min(1).max(200).optional(),
});

/**
 * Where a value once marked uncertain was confirmed (xác nhận từ văn bản): the source (an id of the document's
 * `sources`), the article, a short quote of the text, who confirmed it and on what day. A value with a confirmation is
 * no longer uncertain, and a diff says "confirmed from …".
 *
 * @example
 * ```ts
 * import { confirmationSchema } from 'vn-learning-society';
 * const confirmation = confirmationSchema.parse({
 *   ref: 'qd-1014-ba-ria-vung-tau', article: 'Phụ lục 1, mục A', quote: 'đạt từ 80 điểm trở lên',
 *   by: 'Sở GD&ĐT Bà Rịa – Vũng Tàu', on: '2026-03-02',
 * });
 * confirmation.on; // '2026-03-02'
 * ```
 */
export const confirmationSchema = z.strictObject({
  /** Id of the source in the document's `sources` that states the value. */
  ref: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
  article: z.string().min(1).max(200).optional(),
  /** A short quote of the text that states the value. */
  quote: z.string().min(1).max(500),
  /** Who confirmed it (an office, a person). */
  by: z.string().min(1).max(200),
  /** The day it was confirmed, `YYYY-MM-DD`. */
  on: isoDateSchema,
});

/** See {@link confirmationSchema}. */
export type Confirmation = z.infer<typeof confirmationSchema>;
/** See {@link legalDocumentSchema}. */
export type LegalDocument = z.infer<typeof legalDocumentSchema>;
/** See {@link legalSourceSchema}. */
export type LegalSource = z.infer<typeof legalSourceSchema>;
/** See {@link sourceRefSchema}. */
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** The Vietnamese and English name of each document kind. */
export const DOCUMENT_KIND_NAMES: Record<(typeof DOCUMENT_KINDS)[number], { vi: string; en: string }> = {
  decision: { vi: 'Quyết định', en: 'Decision' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  'official-letter': { vi: 'Công văn', en: 'Official letter' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  'coordination-programme': { vi: 'Chương trình phối hợp', en: 'Co-ordination programme' },
  'criteria-set': { vi: 'Bộ tiêu chí', en: 'Criteria set' },
  other: { vi: 'Văn bản', en: 'Document' },
};

/**
 * A one-line citation of a source, in both languages, e.g.
 * "Quyết định số 448/QĐ-KHVN ngày 01/12/2015 của Hội Khuyến học Việt Nam, Mục A".
 *
 * @example
 * ```ts
 * import { citeSource, getRuleSet } from 'vn-learning-society';
 * const [decision] = getRuleSet('learning-family-khvn-2015').sources;
 * citeSource(decision!).vi; // 'Quyết định số 448/QĐ-KHVN ngày 01/12/2015 của Hội Khuyến học Việt Nam, Mục A'
 * citeSource(decision!, 'Mục A, tiêu chí 1').en; // 'Decision No. 448/QĐ-KHVN of 01/12/2015, Vietnam Association for Promoting Education, Mục A, tiêu chí 1'
 * ```
 */
export function citeSource(source: LegalSource, article?: string): { vi: string; en: string } {
  requireObject(requireObject(source, 'source').document, 'source.document');
  const d = source.document;
  const kind = DOCUMENT_KIND_NAMES[d.kind];
  const where = article ?? source.article;
  const dmy = d.date ? dayMonthYear(d.date) : undefined;
  // Without a number, the title is what identifies the document.
  const head = (lang: 'vi' | 'en', no: string): string =>
    d.number ? `${kind[lang]} ${no} ${d.number}` : (d.title?.[lang] ?? kind[lang]);
  const vi = [
    head('vi', 'số'),
    dmy ? ` ngày ${dmy}` : '',
    ` của ${d.issuer.vi}`,
    where ? `, ${where}` : '',
    source.uncertain ? ' (chưa đối chiếu văn bản gốc)' : '',
  ].join('');
  const en = [
    head('en', 'No.'),
    dmy ? ` of ${dmy}` : '',
    `, ${d.issuer.en}`,
    where ? `, ${where}` : '',
    source.uncertain ? ' (not yet checked against the original text)' : '',
  ].join('');
  return { vi, en };
}
