import * as L from './src/index.js';
const fam = L.getRuleSet('learning-family-khvn-2015');
console.log(L.pathText(['points', 'children.attendance']), L.pathText(['criteria', 0, 'id']));
try { L.checkUntrustedJson('{"a":{"__proto__":{}}}'); } catch (e) { console.log((e as any).code, (e as any).issues[0]); }
console.log(L.criterionMaxPoints(fam.criteria[0]!), L.indicatorMaxPoints(fam.criteria[0]!.indicators[0]!), L.ruleSetMaxPoints(fam), fam.criteria[0]!.indicators[0]!.id);
console.log(L.ratioPercentText({ part: 2, whole: 3 }, 'vi'), L.ratioPercentText({ part: 2, whole: 3 }, 'en'));
console.log(JSON.stringify(L.applyKeyedMergePatch({ criteria: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }] }, { criteria: { a: { n: 5 }, b: null } }, new Set(['criteria']))));
console.log(L.parseViDecimal('1.234,5').toString(), L.roundDecimal('77.85', 1, 'half-even').toString(), L.roundDecimal('77.85', 1, 'half-up').toString());
console.log(L.foldVietnamese('Đồng Tháp'), L.isoFromParts(2024, 2, 29), JSON.stringify(L.quarterRange(2025, 4)), L.referenceKey('09/2023/NQ-HĐND'));
console.log(L.SEED_PLANS.map((p: any) => p.id));
console.log(L.listTargets().map((t) => t.id));
console.log(L.LEGAL_DOCUMENTS.length);
