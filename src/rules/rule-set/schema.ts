// The schema of a rule set: its shape (shape.ts) refined by the checks across its fields (consistency.ts).
import { refineWith } from '../../core/errors/from-zod.js';
import { ruleSetConsistencyIssues } from './consistency.js';
import { ruleSetObjectSchema } from './shape.js';

export * from './shape.js';

/**
 * Zod schema of a {@link index!RuleSet}: the shape, plus every cross-reference and arithmetic check
 * (unique ids, sources that exist, points on the allowed steps, printed maxima equal to the sums,
 * thresholds reachable, bands in order).
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { ruleSetSchema } from 'vn-learning-society/schemas';
 * ruleSetSchema.safeParse(getRuleSet('learning-family-khvn-2015')).success; // true
 * ```
 */
export const ruleSetSchema = ruleSetObjectSchema.superRefine(refineWith(ruleSetConsistencyIssues));
