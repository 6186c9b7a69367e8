import type { RuleSetChunk } from '../chunk.js';
import { chunk as base } from './learning-unit-district-tt24-2023.js';
import file from '../../../../data/rule-sets/learning-unit-province-tt24-2023.json' with { type: 'json' };

/**
 * For `loadRuleSet`: the file of `learning-unit-province-tt24-2023` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [], base };
