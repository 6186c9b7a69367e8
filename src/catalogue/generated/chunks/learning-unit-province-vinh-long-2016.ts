// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import { chunk as base } from './learning-unit-province-tt22-2020.js';
import file from '../../../../data/rule-sets/learning-unit-province-vinh-long-2016.json' with { type: 'json' };
import vinhLongDvht2016 from '../../../../data/legal-sources/vinh-long-dvht-2016.json' with { type: 'json' };

/**
 * For `loadRuleSet`: the file of `learning-unit-province-vinh-long-2016` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [vinhLongDvht2016], base };
