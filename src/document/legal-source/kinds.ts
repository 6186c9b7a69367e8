import { dayMonthYear } from '../../core/calendar-date/index.js';
import { requireObject } from '../../core/internal/args.js';
import type { LegalSource } from './types.js';
import { DOCUMENT_KINDS } from './keys.js';

export { DOCUMENT_KINDS };

// The kinds of legal documents, their names, and how a source is cited: a module without the schemas (index.ts), so
// that scoring, which cites the source of each rule, carries no schema library.

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
