// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import { chunk as base } from './learning-community-commune-tt25-2023.js';
import file from '../../../../data/rule-sets/learning-community-district-tt25-2023.json' with { type: 'json' };

/**
 * For `loadRuleSet`: the file of `learning-community-district-tt25-2023` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [], base };
