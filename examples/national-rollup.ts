/**
 * A national roll-up, from household assessments to the nation's progress against QĐ 387/QĐ-TTg's 2025 targets
 * (`npx tsx examples/national-rollup.ts`).
 *
 * The data is synthetic but reproducible (a seeded generator): three provinces, a few communes each, every household
 * of a commune counted and most of them assessed against the 2021–2030 learning-family criteria. Each assessment is
 * scored with a rule set compiled once; the verdicts are tallied commune → province → nation (no district level
 * after 1 July 2025), and the nation's share of learning families is compared with the target, whose required count
 * is the ceiling of all households × the target percentage.
 */
import { fileURLToPath } from 'node:url';
import { seededRandom as random } from './lib/seeded-random.js';
import {
  attainment,
  compileRuleSet,
  formatViNumber,
  formatViPercent,
  getRuleSet,
  indicatorsOf,
  progress,
  Tally,
  tallyLevels,
  targetsFor,
  type Assessment,
  type ProgressRow,
  type TallyRow,
} from 'vn-learning-society';

/** The provinces and communes of the synthetic country (real province codes, illustrative commune codes). */
export const PROVINCES = [
  { code: 'VN-45', name: 'Đồng Tháp', communes: 4, quality: 0.97 },
  { code: 'VN-41', name: 'Long An', communes: 3, quality: 0.92 },
  { code: 'VN-SG', name: 'TP. Hồ Chí Minh', communes: 5, quality: 0.9 },
] as const;

export interface NationalRollupResult {
  readonly households: number;
  readonly assessed: number;
  readonly provinces: readonly TallyRow[];
  readonly nation: TallyRow;
  readonly targets: readonly ProgressRow[];
  readonly report: string;
}

export function runNationalRollup(date = '2025-11-15', seed = 2025): NationalRollupResult {
  const next = random(seed);
  const ruleSet = getRuleSet('learning-family-khvn-2021');
  const score = compileRuleSet(ruleSet);
  const indicators = indicatorsOf(ruleSet);
  const tally = new Tally();
  let households = 0;
  let assessed = 0;

  for (const province of PROVINCES) {
    for (let c = 1; c <= province.communes; c++) {
      const commune = `${province.code}-X${String(c).padStart(2, '0')}`;
      const size = 200 + Math.floor(next() * 300);
      households += size;
      for (let h = 0; h < size; h++) {
        if (next() > 0.85) continue; // not assessed this year: counted in `households`, the base of the target's share
        // A household's strength: most score well in a strong province, some do not.
        const strength = Math.min(1, province.quality + (next() - 0.35) * 0.6);
        const assessment: { points: Record<string, number>; facts: Record<string, unknown> } = { points: {}, facts: {} };
        for (const ind of indicators) {
          if (ind.kind === 'judged') assessment.points[ind.id] = Math.round(ind.maxPoints * Math.max(0, strength - next() * 0.2));
          else if (ind.kind === 'boolean') assessment.facts[ind.id] = next() < strength;
          else if (ind.kind === 'ratio') {
            const whole = 1 + Math.floor(next() * 3);
            assessment.facts[ind.id] = { part: next() < strength ? whole : whole - 1, whole };
          }
        }
        const verdict = score(assessment as Assessment);
        tally.add({ province: province.code, commune, model: 'learning-family', recognized: verdict.recognized });
        assessed++;
      }
    }
  }

  const provinces = tally.by('province', { date });
  const nation = tally.by('nation', { date })[0]!;
  const recognised = nation.counts['learning-family']!.recognized;
  const targets = progress({ 'learning-families': { part: recognised, whole: households } }, targetsFor('VN', 2025)).filter((r) => r.status !== 'no-data');

  const out = [`Cấp tổng hợp ngày ${date} / levels on ${date}: ${tallyLevels(date).join(' → ')}`, ''];
  out.push('Đơn vị        Đánh giá   Đạt   Tỷ lệ đạt / đánh giá');
  for (const row of [...provinces, nation]) {
    const n = row.counts['learning-family']!;
    out.push(`${row.code.padEnd(12)} ${String(n.evaluated).padStart(9)} ${String(n.recognized).padStart(5)}   ${formatViPercent(attainment(n.recognized, n.evaluated).percent, { decimals: 2 })}`);
  }
  out.push('', `Tổng số hộ / all households: ${formatViNumber(households)}; đã đánh giá / assessed: ${formatViNumber(assessed)}`);
  for (const r of targets) out.push(`${r.status === 'met' ? '✓' : '✗'} ${r.explanation.vi}`, `  ${r.explanation.en}`);
  return { households, assessed, provinces, nation, targets, report: out.join('\n') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(runNationalRollup().report);
}
