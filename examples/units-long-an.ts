/**
 * Long An's 2024 results, counted by its old communes, carried into the communes of Tây Ninh (which Long An joined on
 * 1 July 2025) and compared with a 2025 target — `npx tsx examples/units-long-an.ts`.
 *
 * The counts are illustrative (generated, seeded): the package ships no commune results. What is real is the unit
 * data (vn-learning-society/units) and the target (QĐ 387/QĐ-TTg: 70 % of households are learning families by 2025).
 * The example shows which new communes' figures are exact, which need data from below (a split old commune), and how
 * many communes a target counted in communes needs, on the new list.
 */
import { fileURLToPath } from 'node:url';
import { seededRandom as random } from './lib/seeded-random.js';
import { attainment, formatViNumber, requiredCount, targetsFor } from 'vn-learning-society';
import { carryOver, listUnits, predecessorsOf, successorsOf, type CarriedUnit } from 'vn-learning-society/units';

export interface UnitsLongAnResult {
  /** Long An's old communes (list of 1 March 2025). */
  readonly oldCommunes: number;
  /** The new communes of Tây Ninh that received any of them. */
  readonly newCommunes: readonly CarriedUnit[];
  readonly exact: readonly CarriedUnit[];
  readonly inexact: readonly CarriedUnit[];
  /** Old communes of Long An that were split among new communes. */
  readonly split: number;
  /** Exact communes that meet the 70 % target of QĐ 387/QĐ-TTg. */
  readonly meeting: number;
  /** Tây Ninh's communes on the new list, and how many a 95 % target counted in communes needs. */
  readonly tayNinhCommunes: number;
  readonly neededFor95: number;
  readonly report: string;
}

export function runUnitsLongAn(): UnitsLongAnResult {
  const rnd = random(2024);
  const longAn = listUnits({ level: 'commune', province: '80', at: '2025-03-01' });
  const rows = longAn.map((c) => {
    const households = 800 + Math.floor(rnd() * 2400);
    return { code: c.code, counts: { households, learningFamilies: Math.floor(households * (0.55 + rnd() * 0.35)) } };
  });
  const { units, split } = carryOver(rows);
  // Tây Ninh's new communes made (at least partly) of Long An's old ones; old Tây Ninh's rows were not given.
  const fromLongAn = new Set(longAn.map((c) => c.code));
  const newCommunes = units.filter((u) => u.province === '80' && u.from.some((l) => fromLongAn.has(l.code)));
  const exact = newCommunes.filter((u) => u.exact);
  const inexact = newCommunes.filter((u) => !u.exact);
  const target = targetsFor('VN', 2025).find((t) => t.id === 'families-2025')!;
  const percent = target.value.kind === 'percent' ? target.value.percent : 0;
  const meeting = exact.filter((u) => u.counts.learningFamilies! >= requiredCount(u.counts.households!, percent)).length;
  const tayNinhCommunes = listUnits({ level: 'commune', province: '80' }).length;
  const neededFor95 = requiredCount(tayNinhCommunes, 95);

  const out = [
    `Long An: ${longAn.length} xã cũ (danh mục 01/3/2025) → ${newCommunes.length} xã mới của Tây Ninh (từ 01/7/2025)`,
    `  chính xác (chỉ gồm nguyên các xã cũ): ${exact.length}; cần số liệu cấp dưới (nhận một phần xã bị chia): ${inexact.length}; xã cũ bị chia: ${split.length}`,
    `Chỉ tiêu ${formatViNumber(percent)}% hộ là gia đình học tập năm 2025 (${target.table}): ${meeting}/${exact.length} xã có số liệu chính xác đạt`,
  ];
  const sample = exact[0];
  if (sample) {
    const share = attainment(sample.counts.learningFamilies!, sample.counts.households!);
    out.push(`  ví dụ ${sample.name} (${sample.code}) = ${sample.from.map((l) => l.name).join(' + ')}: ${formatViNumber(sample.counts.learningFamilies!)}/${formatViNumber(sample.counts.households!)} = ${formatViNumber(share.percent, { decimals: 2 })}%`);
  }
  const partial = inexact[0];
  if (partial) {
    const parts = partial.from.filter((l) => l.share === 'part').map((l) => `${l.name} (${l.code}, chia cho ${successorsOf(l.code).map((s) => s.code).join(', ')})`);
    out.push(`  ${partial.name} (${partial.code}) chưa tính được: nhận một phần của ${parts.join('; ')}${partial.missing.length ? `; thiếu số liệu của ${partial.missing.join(', ')}` : ''}`);
  }
  out.push(`Tây Ninh có ${tayNinhCommunes} xã, phường theo danh mục mới: chỉ tiêu 95% số xã cần ít nhất ${neededFor95} xã (⌈${tayNinhCommunes} × 95%⌉)`);
  out.push(`(Tỉnh Tây Ninh mới gồm: ${predecessorsOf('80').map((l) => l.name).join(', ')})`);
  return { oldCommunes: longAn.length, newCommunes, exact, inexact, split: split.length, meeting, tayNinhCommunes, neededFor95, report: out.join('\n') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(runUnitsLongAn().report);
}
