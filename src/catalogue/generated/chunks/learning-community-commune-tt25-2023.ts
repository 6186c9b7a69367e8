// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../../rule-sets/chunk.js';
import file from '../../../../data/rule-sets/learning-community-commune-tt25-2023.json' with { type: 'json' };
import tt252023 from '../../../../data/legal-sources/tt-25-2023.json' with { type: 'json' };

/** For `loadRuleSet`: the file of `learning-community-commune-tt25-2023` and the register entries it cites. */
export const chunk: RuleSetChunk = { file, sources: [tt252023] };
