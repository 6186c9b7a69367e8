// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import { chunk as base } from './learning-unit-district-tt24-2023.js';
import file from '../../../../data/rule-sets/learning-unit-commune-tt24-2025.json' with { type: 'json' };

/**
 * For `loadRuleSet`: the file of `learning-unit-commune-tt24-2025` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [], base };
