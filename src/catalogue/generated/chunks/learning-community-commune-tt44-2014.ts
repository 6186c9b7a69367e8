// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import file from '../../../../data/rule-sets/learning-community-commune-tt44-2014.json' with { type: 'json' };
import tt442014 from '../../../../data/legal-sources/tt-44-2014.json' with { type: 'json' };
import qd645Bgddt from '../../../../data/legal-sources/qd-645-bgddt.json' with { type: 'json' };

/** For `loadRuleSet`: the file of `learning-community-commune-tt44-2014` and the register entries it cites. */
export const chunk: RuleSetChunk = { file, sources: [tt442014, qd645Bgddt] };
