// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import { chunk as base } from './learning-clan-khvn-2015.js';
import file from '../../../../data/rule-sets/learning-clan-khvn-2021.json' with { type: 'json' };
import khvnCriteria2021 from '../../../../data/legal-sources/khvn-criteria-2021.json' with { type: 'json' };
import qd387Ttg from '../../../../data/legal-sources/qd-387-ttg.json' with { type: 'json' };

/**
 * For `loadRuleSet`: the file of `learning-clan-khvn-2021` and the register entries it cites,
 * with the chunk of the rule set it forks.
 */
export const chunk: RuleSetChunk = { file, sources: [khvnCriteria2021, qd387Ttg], base };
