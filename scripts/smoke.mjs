// Loads the built ES module bundle the way an `import` user would and scores one assessment.
import { evaluate, getRuleSet } from '../dist/index.js';
const r = evaluate(getRuleSet('learning-clan-khvn-2021'), { facts: { 'promotion.fund': true } });
if (r.total !== 10 || r.recognized !== false) throw new Error(`ESM smoke test: unexpected result ${JSON.stringify(r)}`);
console.log('ESM bundle: ok');
