import { badArgument, requireLang } from '../internal/args.js';

/**
 * A language the library can speak: Vietnamese (`vi`, the official language of every source document)
 * or English (`en`).
 */
export type Lang = 'vi' | 'en';

/** Every language the library renders, in its preferred order. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

export type { Label } from './types.js';


/**
 * A number as plain text in one language: a decimal comma in Vietnamese ("7,5"), a decimal point in English
 * ("7.5"). No thousands separators and no rounding: the number is shown as it is.
 *
 * @example
 * ```ts
 * import { numberText } from 'vn-learning-society';
 * numberText(20.5, 'vi'); // '20,5'
 * ```
 */
export function numberText(n: number, lang: Lang): string {
  if (typeof n !== 'number') badArgument('n', { vi: 'một số', en: 'a number' }, n);
  requireLang(lang);
  return lang === 'en' || Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
}
