// Loads the built CommonJS bundle the way a `require` user would and scores one assessment.
const { compileRuleSet, getRuleSet } = require('../dist/index.cjs');
const score = compileRuleSet(getRuleSet('learning-family-khvn-2015'));
const r = score({ points: { 'children.results': 10 } });
if (r.total !== 10 || r.recognized !== false) throw new Error(`CJS smoke test: unexpected result ${JSON.stringify(r)}`);
console.log('CJS bundle: ok');

// vn-learning-society/rule-sets: the rule set in force, loaded on demand through require(esm), as the core gives it.
const { loadRuleSetFor } = require('../dist/rule-sets.cjs');
loadRuleSetFor('learning-family', '2024-11-15').then((ruleSet) => {
  if (JSON.stringify(ruleSet) !== JSON.stringify(getRuleSet('learning-family-khvn-2021'))) throw new Error('CJS smoke test: loadRuleSetFor differs from getRuleSet');
  console.log('CJS rule-sets: ok');
});

// vn-learning-society/units/2025 through require(esm).
const { findUnit } = require('../dist/units/2025.cjs');
if (findUnit('P. Ba Đình').unit?.code !== '00004') throw new Error('CJS smoke test: units/2025 findUnit');
console.log('CJS units/2025: ok');
