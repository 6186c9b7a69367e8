// Loads the built ES module bundle the way an `import` user would and scores one assessment.
import { evaluate, getRuleSet } from '../dist/index.js';
const r = evaluate(getRuleSet('learning-clan-khvn-2021'), { facts: { 'promotion.fund': true } });
if (r.total !== 10 || r.recognized !== false) throw new Error(`ESM smoke test: unexpected result ${JSON.stringify(r)}`);
console.log('ESM bundle: ok');

// vn-learning-society/rule-sets: the rule set in force, loaded on demand, as the core gives it.
const { loadRuleSetFor } = await import('../dist/rule-sets/index.js');
const loaded = await loadRuleSetFor({ model: 'learning-community', level: 'commune' }, '2024-11-15');
if (JSON.stringify(loaded) !== JSON.stringify(getRuleSet('learning-community-commune-tt25-2023'))) throw new Error('ESM smoke test: loadRuleSetFor differs from getRuleSet');
console.log('ESM rule-sets: ok');

// vn-learning-society/units/2025: the 2025 list alone, the same units as vn-learning-society/units.
const units2025 = await import('../dist/units/2025/index.js');
const units = await import('../dist/units/index.js');
if (units2025.unitByCode('00004') !== units.unitByCode('00004')) throw new Error('ESM smoke test: units/2025 differs from units');
console.log('ESM units/2025: ok');
