import { dayMonthYear } from '../../core/calendar-date/index.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import { foldVietnamese, parseViDate } from '../../core/vi-date/index.js';
import { DOCUMENT_KIND_NAMES, type DOCUMENT_KINDS } from '../../document/legal-source/index.js';
import { badArgument, requireLang, requireObject, requireString } from '../../core/internal/args.js';

/** A kind of legal document (see {@link DOCUMENT_KINDS}). */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A legal citation read from text: "Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ". */
export interface LegalCitation {
  readonly kind: DocumentKind;
  /** The running number: `281`. */
  readonly number: string;
  /** The year in the number (`44/2014/TT-BGDĐT`) or of the date, when either is given. */
  readonly year?: number;
  /** The symbol after the number, as written: `QĐ-TTg`, `TT-BGDĐT`, `CTPH-SGD&ĐT-HKH`. */
  readonly symbol: string;
  /** The issuer, as written after "của", or known from the symbol. */
  readonly issuer?: string;
  /** The date of signature, `YYYY-MM-DD`. */
  readonly date?: string;
  /** The full number as documents cite it: `281/QĐ-TTg`, `44/2014/TT-BGDĐT`. */
  readonly reference: string;
  /** The text the citation was read from. */
  readonly text: string;
}

/** Folds one character at a time (so positions in the folded text are positions in the original): no accents, đ → d. */
function foldKeepingPositions(text: string): string {
  let out = '';
  let plain = 0; // start of the run of ASCII characters not yet copied
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    out += text.slice(plain, i);
    // A surrogate pair is one character of two code units.
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
    const base = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD').replace(/\p{M}/gu, '');
    out += base.length === ch.length ? base : ch;
    i += ch.length - 1;
    plain = i + 1;
  }
  return out + text.slice(plain);
}

/**
 * The longest text searched for citations: a decision or plan is a few dozen thousand characters; a longer text is
 * refused at once, so that no text can hold the reader for long.
 */
export const MAX_CITATION_TEXT_LENGTH = 300_000;

/** Refuses a text over {@link MAX_CITATION_TEXT_LENGTH} with a `too_long` error that says the limit. */
function requireCitationText(text: unknown, limit: number): string {
  const s = requireString(text, 'text');
  if (s.length > limit) {
    throw new LearningSocietyError('invalid_input', { vi: 'Văn bản quá dài', en: 'The text is too long' }, [
      { path: [], code: 'too_long', message: { vi: `dài ${s.length} ký tự; đọc trích dẫn tối đa ${limit} ký tự`, en: `${s.length} characters; citations are read from at most ${limit}` }, maximum: limit },
    ]);
  }
  return s;
}

/** Words that name a document kind, without accents, longest first. */
const KIND_WORDS: readonly [string, DocumentKind][] = [
  ['chuong trinh phoi hop', 'coordination-programme'],
  ['ke hoach phoi hop', 'plan'],
  ['thong tu lien tich', 'circular'],
  ['quyet dinh', 'decision'],
  ['thong tu', 'circular'],
  ['nghi dinh', 'decree'],
  ['chi thi', 'directive'],
  ['nghi quyet', 'resolution'],
  ['ket luan', 'conclusion'],
  ['cong van', 'official-letter'],
  ['huong dan', 'guidance'],
  ['ke hoach', 'plan'],
  ['chuong trinh', 'coordination-programme'],
];

/** The kind a symbol's first part implies, when the text names no kind. */
const SYMBOL_KINDS: Readonly<Record<string, DocumentKind>> = {
  QD: 'decision',
  TT: 'circular',
  TTLT: 'circular',
  ND: 'decree',
  CT: 'directive',
  NQ: 'resolution',
  KL: 'conclusion',
  HD: 'guidance',
  KH: 'plan',
  CTPH: 'coordination-programme',
  CTR: 'coordination-programme',
};

/** Issuers known from the last part of a symbol. */
const SYMBOL_ISSUERS: Readonly<Record<string, string>> = {
  TTG: 'Thủ tướng Chính phủ',
  CP: 'Chính phủ',
  BGDDT: 'Bộ Giáo dục và Đào tạo',
  GDTX: 'Bộ Giáo dục và Đào tạo',
  KHVN: 'Hội Khuyến học Việt Nam',
  HKHVN: 'Hội Khuyến học Việt Nam',
  TW: 'Ban Chấp hành Trung ương Đảng',
  QH: 'Quốc hội',
};

/** Issuers as documents name them after "của", without accents; the longest that fits is taken. */
const ISSUER_NAMES: readonly string[] = [
  'thu tuong chinh phu',
  'chinh phu',
  'bo truong bo giao duc va dao tao',
  'bo giao duc va dao tao',
  'bo gd&dt',
  'bo gddt',
  'bo chinh tri',
  'ban bi thu',
  'hoi khuyen hoc viet nam',
  'hoi khuyen hoc tinh',
  'hoi khuyen hoc thanh pho',
  'so giao duc va dao tao',
  'so gd&dt',
  'so gddt',
  'uy ban nhan dan tinh',
  'uy ban nhan dan thanh pho',
  'uy ban nhan dan',
  'ubnd tinh',
  'ubnd thanh pho',
  'ubnd',
  'hoi dong nhan dan tinh',
  'hoi dong nhan dan thanh pho',
  'hoi dong nhan dan',
].sort((a, b) => b.length - a.length);

/** The text without its parenthesised parts ("Hội Khuyến học (HKH) tỉnh" → "Hội Khuyến học  tỉnh"), in one pass. */
function withoutParentheses(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth += 1;
    else if (ch === ')' && depth > 0) {
      depth -= 1;
      out += ' ';
    } else if (depth === 0) out += ch;
  }
  return out;
}

/** Reads the issuer at the start of `text` (after "của"): known names, joined by "và", an "(ABBR)" skipped. */
function readIssuer(original: string): string | undefined {
  const folded = foldKeepingPositions(original).toLowerCase();
  let pos = 0;
  let end = -1;
  for (;;) {
    const rest = folded.slice(pos);
    const name = ISSUER_NAMES.find((n) => rest.startsWith(n) && !/[a-z]/.test(rest.charAt(n.length)));
    if (!name) break;
    pos += name.length;
    end = pos;
    const abbr = /^\s*\([a-z&]+\)/.exec(folded.slice(pos));
    if (abbr) {
      pos += abbr[0].length;
      const place = /^\s+(tinh|thanh pho)\b/.exec(folded.slice(pos));
      if (place) {
        pos += place[0].length;
        end = pos;
      }
    }
    const and = /^\s+va\s+/.exec(folded.slice(pos));
    if (!and) break;
    pos += and[0].length;
  }
  if (end < 0) return undefined;
  return withoutParentheses(original.slice(0, end)).replace(/\s+/g, ' ').trim();
}

/** The pattern of a citation, on folded text whose white space is single spaces. @internal */
export const CITATION = new RegExp(
  String.raw`(?:(${KIND_WORDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})\s+)?(?:(?:so|s)\s*:?\s*)?(\d{1,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?([A-Za-z&]+(?:\s*-\s*[A-Za-z&]+)*)` +
    // The date; OCR may read "năm" as "nim".
    String.raw`(?:\s*,?\s*ngay\s+((?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})|(?:\d{1,2}\s+thang\s+\d{1,2}\s+n[a-z]{1,2}m\s+\d{4})))?` +
    String.raw`(?:\s+cua\s+)?`,
  'gi',
);

function read(original: string, pos: readonly number[], m: RegExpExecArray): LegalCitation {
  // Positions in the compact text, mapped back to the original (a collapsed run of spaces maps to the whole run).
  const slice = (from: number, to: number) => original.slice(pos[from], pos[to]);
  const at = (i: number) => {
    const g = m[i];
    if (g === undefined) return undefined;
    const start = m.index + m[0].indexOf(g);
    return slice(start, start + g.length);
  };
  const matchEnd = pos[m.index + m[0].length]!;
  const symbol = (at(4) ?? '').replace(/\s+/g, '');
  const foldedSymbol = foldKeepingPositions(symbol).toUpperCase();
  const kindWord = m[1] ? m[1].toLowerCase().replace(/\s+/g, ' ') : undefined;
  const first = foldedSymbol.split('-')[0]!;
  const kind: DocumentKind = (kindWord && KIND_WORDS.find(([w]) => w === kindWord)?.[1]) || SYMBOL_KINDS[first] || 'official-letter';
  const dateText = at(5);
  // White space collapsed first (one linear pass), so that no pattern below meets a long run of it.
  const date = dateText ? parseViDate(`ngày ${dateText.replace(/\s+/g, ' ').replace(/ ?([/.-]) ?/g, '$1').replace(/n[a-z]{1,2}m/i, 'năm')}`) : undefined;
  const yearInNumber = m[3] ? Number(m[3]) : undefined;
  const year = yearInNumber ?? (date ? Number(date.slice(0, 4)) : undefined);
  // The issuer follows "của"; no issuer's name is longer than a few hundred characters.
  const after = original.slice(matchEnd, matchEnd + 400);
  const issuerText = /cua $/i.test(m[0]) ? readIssuer(after) : undefined;
  const parts = foldedSymbol.replace(/&/g, '').split('-');
  const issuer = issuerText ?? parts.slice(1).reverse().map((p) => SYMBOL_ISSUERS[p]).find((x) => x !== undefined);
  const number = m[2]!;
  return {
    kind,
    number,
    ...(year !== undefined ? { year } : {}),
    symbol,
    ...(issuer !== undefined ? { issuer } : {}),
    ...(date !== undefined ? { date } : {}),
    reference: `${number}/${yearInNumber !== undefined ? `${yearInNumber}/` : ''}${symbol}`,
    text: withoutTrailingCua(original.slice(pos[m.index], matchEnd + (issuerText ? after.indexOf(issuerText.split(' ').pop()!) + issuerText.split(' ').pop()!.length : 0))),
  };
}

/** The text without a final "của" (of), trimmed; without a pattern, so that a long run of spaces costs one pass. */
function withoutTrailingCua(text: string): string {
  const t = text.trimEnd();
  const tail = t.slice(-4);
  return (/^\s(của|cua)$/i.test(tail) ? t.slice(0, -4) : t).trim();
}

/**
 * Finds every legal citation in a text, in order — with or without diacritics (the OCR copy of a plan reads
 * "Quyet dinh so 387/QD-TTg ngay 25 thang 03 nam 2022").
 *
 * @example
 * ```ts
 * import { findLegalCitations } from 'vn-learning-society';
 * findLegalCitations('Căn cứ Thông tư số 44/2014/TT-BGDĐT và Quyết định số 448/QĐ-KHVN').map((c) => c.reference);
 * // ['44/2014/TT-BGDĐT', '448/QĐ-KHVN']
 * ```
 */
export function findLegalCitations(text: string): LegalCitation[] {
  const original = requireCitationText(text, MAX_CITATION_TEXT_LENGTH).normalize('NFC');
  // The pattern runs on the folded text with each run of white space made one space: a run of spaces then costs one
  // step, not one per space at every position it could start from (which made a long run take time squared).
  const { text: compact, at } = compactSpaces(foldKeepingPositions(original));
  const out: LegalCitation[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(compact); m !== null; m = CITATION.exec(compact)) out.push(read(original, at, m));
  return out;
}

/**
 * The text with every run of white space made one space, and where each of its characters starts in the text
 * (`at[i]`; `at[length]` is the text's length), in one pass.
 */
function compactSpaces(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f' || ch === '\v';
    if (space && inSpace) continue;
    inSpace = space;
    out += space ? ' ' : ch;
    at.push(i);
  }
  at.push(text.length);
  return { text: out, at };
}

/**
 * Reads one legal citation into `{ kind, number, year, symbol, issuer, date }`.
 *
 * @throws {@link LearningSocietyError} `invalid_input` when the text holds no citation.
 *
 * @example
 * ```ts
 * import { parseLegalCitation } from 'vn-learning-society';
 * const c = parseLegalCitation('Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ');
 * c.kind; // 'decision'
 * c.symbol; // 'QĐ-TTg'
 * c.date; // '2014-02-20'
 * parseLegalCitation('Thông tư số 44/2014/TT-BGDĐT').year; // 2014
 * ```
 */
export function parseLegalCitation(text: string): LegalCitation {
  // One citation, with its issuer, is a line: a longer text is refused before it is read.
  const found = findLegalCitations(requireCitationText(text, 2_000));
  if (found.length === 0) {
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    throw new LearningSocietyError('invalid_input', { vi: 'Không đọc được trích dẫn văn bản', en: 'No legal citation found' }, [
      { path: [], code: 'no_citation', message: { vi: `"${shown}" không có số hiệu văn bản dạng 281/QĐ-TTg`, en: `"${shown}" has no document number such as 281/QĐ-TTg` } },
    ]);
  }
  return found[0]!;
}

/**
 * Writes a citation back the way documents do, in Vietnamese or English.
 *
 * @example
 * ```ts
 * import { formatLegalCitation, parseLegalCitation } from 'vn-learning-society';
 * formatLegalCitation(parseLegalCitation('Quyet dinh so 387/QD-TTg ngay 25 thang 03 nam 2022'));
 * // 'Quyết định số 387/QD-TTg ngày 25/03/2022'
 * formatLegalCitation({ kind: 'circular', number: '25', year: 2023, symbol: 'TT-BGDĐT', date: '2023-12-27' }, { lang: 'en' });
 * // 'Circular No. 25/2023/TT-BGDĐT of 27/12/2023'
 * ```
 */
export function formatLegalCitation(
  c: Pick<LegalCitation, 'kind' | 'number' | 'symbol'> & Partial<Pick<LegalCitation, 'year' | 'issuer' | 'date' | 'reference'>>,
  options: { lang?: 'vi' | 'en' } = {},
): string {
  requireObject(c, 'citation');
  const lang = requireLang(requireObject(options, 'options').lang ?? 'vi');
  if (!Object.hasOwn(DOCUMENT_KIND_NAMES, c.kind)) badArgument('citation.kind', { vi: `một loại văn bản (${Object.keys(DOCUMENT_KIND_NAMES).join(', ')})`, en: `a document kind (${Object.keys(DOCUMENT_KIND_NAMES).join(', ')})` }, c.kind);
  const kind = DOCUMENT_KIND_NAMES[c.kind][lang];
  const yearInNumber = c.reference ? /^\d+\/(\d{4})\//.exec(c.reference)?.[1] : c.kind === 'circular' && c.year !== undefined ? String(c.year) : undefined;
  const ref = `${c.number}/${yearInNumber ? `${yearInNumber}/` : ''}${c.symbol}`;
  const dmy = c.date ? dayMonthYear(c.date) : undefined;
  return lang === 'vi'
    ? `${kind} số ${ref}${dmy ? ` ngày ${dmy}` : ''}${c.issuer ? ` của ${c.issuer}` : ''}`
    : `${kind} No. ${ref}${dmy ? ` of ${dmy}` : ''}${c.issuer ? `, ${c.issuer}` : ''}`;
}

/**
 * A document number reduced for matching: no year part, no accents, upper case ("09/2023/NQ-HĐND" → "09/NQ-HDND").
 *
 * @example
 * ```ts
 * import { referenceKey } from 'vn-learning-society';
 * referenceKey('09/2023/NQ-HĐND'); // '09/NQ-HDND'
 * referenceKey('448/QĐ-KHVN') === referenceKey('448/QD-KHVN'); // true
 * ```
 */
export function referenceKey(reference: string): string {
  requireString(reference, 'reference');
  const folded = foldVietnamese(reference).toUpperCase().replace(/\s+/g, '');
  return folded.replace(/^(\d+)\/\d{4}\//, '$1/');
}
