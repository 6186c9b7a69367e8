// Loads the built CommonJS bundle the way a `require` user would and scores one assessment.
const { compileRuleSet, getRuleSet } = require('../dist/index.cjs');
const score = compileRuleSet(getRuleSet('learning-family-khvn-2015'));
const r = score({ points: { 'children.results': 10 } });
if (r.total !== 10 || r.recognized !== false) throw new Error(`CJS smoke test: unexpected result ${JSON.stringify(r)}`);
console.log('CJS bundle: ok');
