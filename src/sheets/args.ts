import { LearningSocietyError, type Label } from 'vn-learning-society';

/**
 * Checks of the arguments of this entry point's functions, for callers in plain JavaScript: a wrong value is a
 * `LearningSocietyError` (from `vn-learning-society`) naming the argument, never a `TypeError` from inside.
 */
export function badArgument(name: string, expected: Label, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new LearningSocietyError('invalid_input', { vi: `Đối số "${name}" không hợp lệ`, en: `Invalid argument "${name}"` }, [
    { path: [name], code: 'invalid_type', message: { vi: `cần ${expected.vi}, nhận được ${got}`, en: `expected ${expected.en}, got ${got}` } },
  ]);
}

const ROWS: Label = { vi: 'các dòng, mỗi dòng là một danh sách ô', en: 'rows, each a list of cells' };

/** Rows of cells: an array of arrays. */
export function requireRows(value: unknown, name: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(value) || value.some((r) => !Array.isArray(r))) badArgument(name, ROWS, value);
  return value as readonly (readonly unknown[])[];
}

/** A sheet: `{ name, rows }`. */
export function requireTable(value: unknown, name: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) badArgument(name, { vi: 'một trang tính { name, rows }', en: 'a sheet { name, rows }' }, value);
  requireRows((value as { rows?: unknown }).rows, `${name}.rows`);
}

/** An options object, or nothing. */
export function requireOptions(value: unknown, name = 'options'): void {
  if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) badArgument(name, { vi: 'một đối tượng tùy chọn', en: 'an options object' }, value);
}

/** A list of strings, or nothing. */
export function requireStrings(value: unknown, name: string): void {
  if (value !== undefined && (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))) badArgument(name, { vi: 'một danh sách chuỗi', en: 'a list of strings' }, value);
}

/** `vi` or `en`, or nothing. */
export function requireLangOption(value: unknown, name: string): void {
  if (value !== undefined && value !== 'vi' && value !== 'en') badArgument(name, { vi: '"vi" hoặc "en"', en: '"vi" or "en"' }, value);
}

/** A function, or nothing. */
export function requireFunction(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'function') badArgument(name, { vi: 'một hàm', en: 'a function' }, value);
}
