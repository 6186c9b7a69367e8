import type { RuleSetChunk } from '../chunk.js';
import { chunk as base } from './learning-unit-district-tt22-2020.js';
import file from '../../../../data/rule-sets/learning-unit-province-tt22-2020.json' with { type: 'json' };

/**
 * For `loadRuleSet`: the file of `learning-unit-province-tt22-2020` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [], base };
