import type { RuleSetChunk } from '../chunk.js';
import file from '../../../../data/rule-sets/learning-unit-district-tt22-2020.json' with { type: 'json' };
import tt222020 from '../../../../data/legal-sources/tt-22-2020.json' with { type: 'json' };

/** For `loadRuleSet`: the file of `learning-unit-district-tt22-2020` and the register entries it cites. */
export const chunk: RuleSetChunk = { file, sources: [tt222020] };
