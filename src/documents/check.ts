import { LearningSocietyError, type Issue, type Label } from 'vn-learning-society';

// The checks of what goes into a document: every problem is reported, with its path; nothing is dropped or cut.

/** The longest name or other line of text a document takes (a name of 200 characters fills two lines of a table). */
export const MAX_DOCUMENT_TEXT_LENGTH = 200;

/** The most entries one decision or one set of certificates takes (a province's list of communes is far shorter). */
export const MAX_DOCUMENT_ENTRIES = 100_000;

/** A character a printed document cannot show: C0 and C1 controls, and the bidirectional overrides that reorder text. */
function controlAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return i;
  }
  return -1;
}

const quote = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Checks one line of text a document prints, adding its problems to `out`. @internal */
export function checkText(value: unknown, path: (string | number)[], out: Issue[], what: Label, options: { optional?: boolean; max?: number; blank?: boolean } = {}): void {
  if (value === undefined && options.optional) return;
  if (typeof value !== 'string') {
    out.push({ path, code: 'invalid_type', message: { vi: `${what.vi}: cần chữ (chuỗi ký tự)`, en: `${what.en}: expected a string` } });
    return;
  }
  const max = options.max ?? MAX_DOCUMENT_TEXT_LENGTH;
  if (value.trim() === '' && !options.blank) {
    out.push({ path, code: 'empty_text', message: { vi: `${what.vi}: để trống`, en: `${what.en}: empty` } });
  } else if (value.length > max) {
    out.push({ path, code: 'too_long', message: { vi: `${what.vi}: dài ${value.length} ký tự; tối đa ${max} (“${quote(value)}”)`, en: `${what.en}: ${value.length} characters; at most ${max} (“${quote(value)}”)` }, maximum: max });
  } else {
    const at = controlAt(value);
    if (at >= 0) {
      const code = `U+${value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
      out.push({ path, code: 'control_character', message: { vi: `${what.vi}: có ký tự điều khiển ${code} ở vị trí ${at + 1} (“${quote(value.replace(/\p{Cc}/gu, '�'))}”)`, en: `${what.en}: control character ${code} at position ${at + 1} (“${quote(value.replace(/\p{Cc}/gu, '�'))}”)` } });
    }
  }
}

/** Throws one `invalid_input` error with every problem, when there is one. @internal */
export function throwIfAny(out: readonly Issue[], what: Label): void {
  if (out.length > 0) throw new LearningSocietyError('invalid_input', what, [...out]);
}

/** A value named in a message, without calling its own conversions (an object without a prototype has none). */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(quote(value));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : typeof value;
}

/** Refuses an argument of the wrong type with a typed error that names it. @internal */
export function requireArg(ok: boolean, name: string, expected: Label, value: unknown): void {
  if (ok) return;
  throw new LearningSocietyError('invalid_input', { vi: `Đối số "${name}" không hợp lệ`, en: `Invalid argument "${name}"` }, [
    { path: [name], code: 'invalid_type', message: { vi: `cần ${expected.vi}, nhận được ${shown(value)}`, en: `expected ${expected.en}, got ${shown(value)}` } },
  ]);
}

/** @internal */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text in both languages (`{ vi, en }`). @internal */
export const isLabel = (v: unknown): boolean => isObject(v) && typeof v.vi === 'string' && typeof v.en === 'string';
