// The label type alone: imported by the error and argument modules, which label/index.ts itself imports.

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
