import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from 'vn-learning-society';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, any>;

describe('package', () => {
  it('is an ESM + CJS package with types, an exports map and no side effects', () => {
    expect(pkg.name).toBe('vn-learning-society');
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.'].import.default).toBe('./dist/index.js');
    expect(pkg.exports['.'].require.default).toBe('./dist/index.cjs');
    expect(pkg.engines.node).toMatch(/^>=20/);
  });

  it('depends at run time on zod, date-fns and decimal.js only, at exact versions', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-fns', 'decimal.js', 'zod']);
    for (const v of [...Object.values(pkg.dependencies), ...Object.values(pkg.devDependencies)]) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exports the public names later work relies on', () => {
    for (const name of [
      'ruleSetJsonSchema', 'evaluate', 'safeEvaluate', 'compileRuleSet', 'listRuleSets', 'getRuleSet',
      'ruleSetFor', 'indicatorsOf', 'forkRuleSet', 'diffRuleSets', 'assessmentSchema', 'assessmentJsonSchema',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(api.ruleSetSchema.safeParse(api.getRuleSet('learning-family-khvn-2015')).success).toBe(true);
    expect(api.MODELS).toEqual(['learning-family', 'learning-clan', 'learning-community', 'learning-unit', 'learning-citizen']);
    expect(api.LEVELS).toEqual(['hamlet', 'commune', 'district', 'province', 'grassroots']);
  });
});
