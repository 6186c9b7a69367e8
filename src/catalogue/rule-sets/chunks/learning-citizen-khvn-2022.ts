import type { RuleSetChunk } from '../chunk.js';
import file from '../../../../data/rule-sets/learning-citizen-khvn-2022.json' with { type: 'json' };
import qd324Khvn from '../../../../data/legal-sources/qd-324-khvn.json' with { type: 'json' };
import qd677Ttg from '../../../../data/legal-sources/qd-677-ttg.json' with { type: 'json' };

/** For `loadRuleSet`: the file of `learning-citizen-khvn-2022` and the register entries it cites. */
export const chunk: RuleSetChunk = { file, sources: [qd324Khvn, qd677Ttg] };
