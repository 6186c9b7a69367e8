/**
 * A province derives its own rule set from the national one by patching only what it changes
 * (`npx tsx examples/province-fork.ts`).
 *
 * The fork is a JSON file (examples/data/ben-tre-clan-fork.json): the base rule set's id, the new id, jurisdiction
 * and title, and a keyed merge patch (lists are addressed by element id). The example reads it as untrusted input,
 * prints every difference from the national rule set in Vietnamese and English, shows that the fork survives a
 * round trip through JSON, scores the same clan under both, and shows what a malformed patch gets back.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  diffRuleSets,
  evaluate,
  explainEvaluation,
  getRuleSet,
  parseRuleSet,
  safeForkRuleSet,
  type Assessment,
  type Evaluation,
  type ForkMeta,
  type RuleSet,
  type DocumentChange,
} from 'vn-learning-society';

const FORK_FILE = fileURLToPath(new URL('./data/ben-tre-clan-fork.json', import.meta.url));

/** A clan that the national criteria recognise but that has no study-promotion fund. */
export const CLAN: Assessment = {
  id: 'Dòng họ Nguyễn (xã Phú Hưng)',
  points: { 'families.children': 10, 'promotion.rewards': 10, 'promotion.tradition': 10, 'effects.achievement': 14, 'effects.community': 15 },
  facts: { 'families.learning-families': { part: 38, whole: 40 }, 'promotion.fund': false },
};

export interface ProvinceForkResult {
  readonly fork: RuleSet;
  readonly changes: readonly DocumentChange[];
  readonly national: Evaluation;
  readonly province: Evaluation;
  /** The error a malformed patch gets, in both languages. */
  readonly rejected: { vi: string; en: string };
  readonly report: string;
}

export function runProvinceFork(): ProvinceForkResult {
  // The file is untrusted: forkRuleSet checks it (size, depth, no __proto__ keys) and validates the result.
  const file = JSON.parse(readFileSync(FORK_FILE, 'utf8')) as { base: string; meta: ForkMeta; patch: unknown };
  const base = getRuleSet(file.base);
  const forked = safeForkRuleSet(base, JSON.stringify(file.patch), file.meta);
  if (!forked.success) throw forked.error;
  const fork = forked.data;

  // Stored and read back (e.g. from the province's portal), it is the same rule set.
  const reread = parseRuleSet(JSON.stringify(fork));
  if (diffRuleSets(fork, reread).length !== 0) throw new Error('the fork did not survive a round trip through JSON');

  const changes = diffRuleSets(base, fork);
  const national = evaluate(base, CLAN);
  const province = evaluate(fork, CLAN);

  // A patch that points a rule at a criterion the rule set does not have is refused, with the path.
  const bad = safeForkRuleSet(base, { outcome: { rules: { 'families-at-least-70': { kind: 'min-criterion', criterion: 'famlies', percent: 70 } } } }, file.meta);
  const rejected = bad.success ? { vi: '', en: '' } : { vi: bad.error.describe('vi'), en: bad.error.describe('en') };

  const out: string[] = [];
  for (const lang of ['vi', 'en'] as const) {
    out.push(`${base.id} → ${fork.id} (${fork.jurisdiction.name[lang]})`);
    for (const c of changes) out.push(`  • ${c.message[lang]}`);
    out.push('', explainEvaluation(national, { lang, indicators: false }), '', explainEvaluation(province, { lang, indicators: false }), '', rejected[lang], '');
  }
  return { fork, changes, national, province, rejected, report: out.join('\n') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(runProvinceFork().report);
}
