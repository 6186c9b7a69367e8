// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import file from '../../../../data/rule-sets/learning-citizen-khvn-2022.json' with { type: 'json' };
import qd324Khvn from '../../../../data/legal-sources/qd-324-khvn.json' with { type: 'json' };
import qd677Ttg from '../../../../data/legal-sources/qd-677-ttg.json' with { type: 'json' };

/** For `loadRuleSet`: the file of `learning-citizen-khvn-2022` and the register entries it cites. */
export const chunk: RuleSetChunk = { file, sources: [qd324Khvn, qd677Ttg] };
