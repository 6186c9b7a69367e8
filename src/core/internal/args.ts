import { LearningSocietyError } from '../errors/index.js';
import type { Label } from '../label/types.js';
import { valueText } from './value-text.js';

/**
 * Checks of the arguments of public functions, for callers in plain JavaScript: a wrong value gives a
 * {@link LearningSocietyError} naming the argument, what was expected and what came, never a raw `TypeError` from
 * deep inside. Each check is one `typeof` or two: cheap enough for entry points (not for hot loops).
 *
 * @internal
 */
export function badArgument(name: string, expected: Label, value: unknown): never {
  throw new LearningSocietyError('invalid_input', { vi: `Đối số "${name}" không hợp lệ`, en: `Invalid argument "${name}"` }, [
    { path: [name], code: 'invalid_type', message: { vi: `cần ${expected.vi}, nhận được ${valueText(value)}`, en: `expected ${expected.en}, got ${valueText(value)}` } },
  ]);
}

const STRING: Label = { vi: 'một chuỗi ký tự', en: 'a string' };
const OBJECT: Label = { vi: 'một đối tượng', en: 'an object' };
const ARRAY: Label = { vi: 'một danh sách (mảng)', en: 'an array' };
const ITERABLE: Label = { vi: 'một danh sách hoặc đối tượng lặp được', en: 'an iterable' };
const ASYNC_ITERABLE: Label = { vi: 'một nguồn lặp bất đồng bộ', en: 'an async iterable' };

/** @internal */
export function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string') badArgument(name, STRING, value);
  return value;
}

/** An object (not null, not an array). @internal */
export function requireObject<T>(value: T, name: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) badArgument(name, OBJECT, value);
  return value;
}

/** @internal */
export function requireArray<T>(value: T, name: string): T {
  if (!Array.isArray(value)) badArgument(name, ARRAY, value);
  return value;
}

const PATH: Label = { vi: 'một đường dẫn (danh sách chuỗi ký tự và số)', en: 'a path (an array of strings and numbers)' };

/** A path into an input: an array of strings and numbers. @internal */
export function requirePath<T>(value: T, name: string): T {
  if (!Array.isArray(value) || !value.every((p) => typeof p === 'string' || typeof p === 'number')) badArgument(name, PATH, value);
  return value;
}

/** @internal */
export function requireIterable<T>(value: T, name: string): T {
  if (typeof value === 'string' || value === null || value === undefined || typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') badArgument(name, ITERABLE, value);
  return value;
}

/** @internal */
export function requireAsyncIterable<T>(value: T, name: string): T {
  if (value === null || value === undefined || (typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function' && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function')) badArgument(name, ASYNC_ITERABLE, value);
  return value;
}

/** A rule set's minimal shape, before anything reads it: an object with a list of criteria, each with indicators. @internal */
export function requireRuleSetShape<T>(value: T, name = 'ruleSet'): T {
  const v = value as { criteria?: unknown; outcome?: { rules?: unknown } } | null;
  const shaped =
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.criteria) &&
    v.criteria.every((c: unknown) => typeof c === 'object' && c !== null && Array.isArray((c as { indicators?: unknown }).indicators) && (c as { indicators: unknown[] }).indicators.every((i) => typeof i === 'object' && i !== null && typeof (i as { kind?: unknown }).kind === 'string')) &&
    typeof v.outcome === 'object' &&
    v.outcome !== null &&
    Array.isArray(v.outcome.rules);
  if (!shaped) {
    badArgument(name, { vi: 'một bộ tiêu chí (đã kiểm tra bằng parseRuleSet)', en: 'a rule set (checked by parseRuleSet)' }, value);
  }
  return value;
}

/** A language of messages: `vi` or `en`. @internal */
export function requireLang(value: unknown, name = 'lang'): 'vi' | 'en' {
  if (value !== 'vi' && value !== 'en') badArgument(name, { vi: 'ngôn ngữ vi hoặc en', en: 'the language vi or en' }, value);
  return value;
}

/** @internal */
export function requireSet<T>(value: T, name: string): T {
  if (!(value instanceof Set)) badArgument(name, { vi: 'một tập hợp (Set)', en: 'a Set' }, value);
  return value;
}
