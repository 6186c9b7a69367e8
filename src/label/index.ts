import { z } from 'zod';

/**
 * A language the library can speak: Vietnamese (`vi`, the official language of every source document)
 * or English (`en`).
 */
export type Lang = 'vi' | 'en';

/** Every language the library renders, in its preferred order. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * A bilingual text: the official Vietnamese term or sentence (`vi`) and its English rendering (`en`).
 *
 * @example
 * ```ts
 * import type { Label } from 'vn-learning-society';
 * const title: Label = { vi: 'Gia đình học tập', en: 'Learning family' };
 * ```
 */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/** Zod schema of a {@link Label}: both languages required, each 1–2,000 characters. */
export const labelSchema = z.strictObject({
  vi: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});

/**
 * Picks one language out of a {@link Label}.
 *
 * @example
 * ```ts
 * import { textOf } from 'vn-learning-society';
 * textOf({ vi: 'Dòng họ học tập', en: 'Learning clan' }, 'en'); // 'Learning clan'
 * ```
 */
export function textOf(label: Label, lang: Lang): string {
  return label[lang];
}

/** Builds a {@link Label} from one template function applied to each language. */
export function bilingual(render: (lang: Lang) => string): Label {
  return { vi: render('vi'), en: render('en') };
}
