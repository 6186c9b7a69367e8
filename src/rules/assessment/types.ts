/** A ratio fact: `part` of `whole` (e.g. 3 of 4 school-age children at school). Both are whole counts. */
export interface RatioFact {
  readonly part: number;
  readonly whole: number;
}

/** A fact for a computed indicator: yes/no, a count, or a ratio. */
export type FactValue = boolean | number | RatioFact;

/**
 * The input to an evaluation (phiếu đánh giá): points an evaluator awarded to judged indicators,
 * and facts for computed ones, each keyed by indicator id. An optional `id` is echoed in the result.
 *
 * @example
 * ```ts
 * import type { Assessment } from 'vn-learning-society';
 * const a: Assessment = {
 *   id: 'household-042',
 *   points: { 'children.attendance': 10 },
 *   facts: { 'conditions.bookshelf': true },
 * };
 * ```
 */
export interface Assessment {
  readonly id?: string;
  readonly points?: Readonly<Record<string, number>>;
  readonly facts?: Readonly<Record<string, FactValue>>;
}
