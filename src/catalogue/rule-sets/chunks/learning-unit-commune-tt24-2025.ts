import type { RuleSetChunk } from '../chunk.js';
import { chunk as base } from './learning-unit-district-tt24-2023.js';
import file from '../../../../data/rule-sets/learning-unit-commune-tt24-2025.json' with { type: 'json' };

/**
 * For `loadRuleSet`: the file of `learning-unit-commune-tt24-2025` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [], base };
