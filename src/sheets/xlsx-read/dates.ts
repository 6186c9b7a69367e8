/**
 * Which number formats make a number a date, and the date of an Excel serial number: as read-excel-file 9.3 told
 * them, so that the cells read are the same as before.
 */

/**
 * The built-in number formats (no `<numFmt>` in the file) that show a date or a time: 14–22 and 45–47 in every
 * locale, 27–36 and 50–58 in Chinese, Japanese and Korean ones, 71–81 in Thai.
 */
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

/** The tokens a date format is made of (once quoted text, escapes and `[…]` are taken out). */
const DATE_TOKENS: ReadonlySet<string> = new Set(['s', 'ss', 'm', 'mm', 'mmm', 'mmmm', 'mmmmm', 'h', 'hh', 'am', 'pm', 'a', 'p', 'd', 'dd', 'ddd', 'dddd', 'aaa', 'aaaa', 'aaaaa', 'y', 'yy', 'yyyy', 'e', 'ee', 'eeee']);

/** A number format: its id, and its code when the file defines one (`dd/mm/yyyy`). */
export interface NumberFormat {
  readonly id: number;
  readonly code?: string;
}

/** Whether numbers in `format` are dates. */
export function isDateFormat(format: NumberFormat | undefined): boolean {
  if (format === undefined) return false;
  if (BUILT_IN_DATE_FORMATS.has(format.id)) return true;
  return format.code !== undefined && format.code !== '' && isDateCode(format.code);
}

/**
 * Whether a format code shows a date: every section of it (`;`) is looked at, and one made only of date tokens
 * (`d`, `mm`, `yyyy`, `h`, `am/pm`…) is a date; `0.00`, `#,##0` and `@` are not.
 */
export function isDateCode(code: string): boolean {
  let text = code.toLowerCase();
  if (text.endsWith(';@')) text = text.slice(0, -2);
  // An escaped character (`\-`) stands apart, as a space.
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      plain += ' ';
      i++;
    } else plain += text[i];
  }
  return plain.split(';').some(isDateSection);
}

function isDateSection(section: string): boolean {
  // Quoted text is not a token.
  let s = section.replace(/"[^"]*"/g, ' ');
  // `ss.000` (fractions of a second) is the token `ss`; `[h]` (elapsed hours) is `h`; other `[…]` (a colour, a
  // locale) is nothing.
  s = s.replace(/(\[?[smhd]{1,2}\]?)[.,]0{1,3}/g, '$1');
  s = s.replace(/\[([smhd]{1,2})\]/g, '$1');
  s = withoutBrackets(s);
  const tokens = s.split(/[^a-z0#?%]+/).filter((t) => t !== '');
  return tokens.length > 0 && tokens.every((t) => DATE_TOKENS.has(t));
}

/** `s` without its `[…]` (a closed pair each; an unclosed `[` stays): a linear scan. */
function withoutBrackets(s: string): string {
  let out = '';
  let from = 0;
  for (let open = s.indexOf('['); open >= 0; open = s.indexOf('[', from)) {
    const close = s.indexOf(']', open + 1);
    if (close < 0) break;
    out += s.slice(from, open);
    from = close + 1;
  }
  return out + s.slice(from);
}

/** Days from Excel's day 0 (1900) to 1 January 1970, counting Excel's 29 February 1900. */
const DAYS_TO_1970 = 25_569;
/** Days from 1900's day 0 to 1904's. */
const DAYS_1900_TO_1904 = 1_462;
const DAY_MS = 86_400_000;

/** The date of an Excel serial number (days since 30 December 1899, or since 1 January 1904 in the 1904 system). */
export function serialDate(serial: number, epoch1904: boolean): Date {
  const days = epoch1904 ? serial + DAYS_1900_TO_1904 : serial;
  return new Date(Math.floor((days - DAYS_TO_1970) * DAY_MS));
}
