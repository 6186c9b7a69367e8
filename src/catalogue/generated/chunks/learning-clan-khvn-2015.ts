// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import file from '../../../../data/rule-sets/learning-clan-khvn-2015.json' with { type: 'json' };
import qd448Khvn from '../../../../data/legal-sources/qd-448-khvn.json' with { type: 'json' };
import cv6782Bgddt from '../../../../data/legal-sources/cv-6782-bgddt.json' with { type: 'json' };

/** For `loadRuleSet`: the file of `learning-clan-khvn-2015` and the register entries it cites. */
export const chunk: RuleSetChunk = { file, sources: [qd448Khvn, cv6782Bgddt] };
