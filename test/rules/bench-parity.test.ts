import { describe, expect, it } from 'vitest';
import { compileRuleSet, getRuleSet } from 'vn-learning-society';
import { generateAssessments } from '../../bench/generate.js';
import { jsonRulesEngineFor } from '../../bench/json-rules-engine-rules.js';

describe('the speed bench compares like with like', () => {
  it('json-rules-engine, given the same rules, reaches the same verdict and total on 2,000 generated families', async () => {
    const rs = getRuleSet('learning-family-khvn-2015');
    const score = compileRuleSet(rs);
    const jre = jsonRulesEngineFor(rs);
    const assessments = generateAssessments(rs, 2_000);
    let recognised = 0;
    for (const a of assessments) {
      const ours = score(a);
      const theirs = await jre.verdict(a);
      expect(theirs).toEqual({ recognized: ours.recognized, total: ours.total });
      if (ours.recognized) recognised++;
    }
    // The generator is tuned so that both outcomes are well represented.
    expect(recognised).toBeGreaterThan(600);
    expect(recognised).toBeLessThan(1_400);
  });
});
