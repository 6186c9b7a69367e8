import type { RuleSetChunk } from '../chunk.js';
import { chunk as base } from './learning-community-commune-tt25-2023.js';
import file from '../../../../data/rule-sets/learning-community-province-tt25-2023.json' with { type: 'json' };

/**
 * For `loadRuleSet`: the file of `learning-community-province-tt25-2023` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [], base };
