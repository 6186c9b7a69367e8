// The boundary cases of every shipped rule set, as the YAML files of data/cases/ (`npm run data:cases`). Each case is
// built to sit exactly at, or one step under, a threshold or a band edge, and its expected result is worked out here
// from what the rule says ("a total of at least 80", "every listed indicator at level 2"), by plain arithmetic on the
// rule set's numbers: never by running the library's evaluator, which the cases then check.
import { stringify } from 'yaml';
import { indicatorMaxPoints, listRuleSets, type Assessment, type Indicator, type OutcomeRule, type RuleSet } from '../../src/index.js';

interface Case {
  name: string;
  assessment: Assessment;
  expect: Record<string, unknown>;
}

type Facts = Record<string, boolean | number | { part: number; whole: number }>;
type Points = Record<string, number>;

/** An assessment at given indicator points (judged) and facts (computed), as a clerk would write it. */
function assessment(points: Points, facts: Facts): Assessment {
  const out: { points?: Points; facts?: Facts } = {};
  if (Object.keys(points).length) out.points = points;
  if (Object.keys(facts).length) out.facts = facts;
  return out as Assessment;
}

/** The fact that earns an indicator its band `k` exactly at the band's edge (or its highest band when `k` is -1). */
function factAtBand(ind: Indicator, k: number): boolean | number | { part: number; whole: number } {
  if (ind.kind === 'boolean') return true;
  if (ind.kind === 'count') return ind.bands.at(k)!.atLeast;
  if (ind.kind === 'ratio') return ratioAt(ind.bands.at(k)!.atLeastPercent, true);
  throw new Error('judged');
}

/** A share of exactly `percent` % (up to two decimals), over 10,000 (reduced when `reduce`: 100 % is 1/1). */
function ratioAt(percent: number, reduce = false): { part: number; whole: number } {
  const part = Math.round(percent * 100);
  if (!reduce) return { part, whole: 10_000 };
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(part, 10_000) || 1;
  return { part: part / g, whole: 10_000 / g };
}

const fmt = (n: number) => String(n).replace('.', ',');

/** Every indicator at its maximum: judged at its maximum points, facts at the edge of their highest band. */
function full(rs: RuleSet): { points: Points; facts: Facts } {
  const points: Points = {};
  const facts: Facts = {};
  for (const c of rs.criteria) for (const i of c.indicators) if (i.kind === 'judged') points[i.id] = i.maxPoints;
  else facts[i.id] = factAtBand(i, -1);
  return { points, facts };
}

function judged(rs: RuleSet): Extract<Indicator, { kind: 'judged' }>[] {
  return rs.criteria.flatMap((c) => c.indicators.filter((i): i is Extract<Indicator, { kind: 'judged' }> => i.kind === 'judged'));
}

/**
 * An assessment `drop` points under the full sheet: yes/no items turned to no and shares or counts taken down a band
 * while the judged items alone cannot make up the drop, then the judged items lowered (each no further than `floor`).
 */
function lowered(rs: RuleSet, drop: number, floor: number): { points: Points; facts: Facts } | undefined {
  const { points, facts } = full(rs);
  const capacity = (): number => judged(rs).reduce((s, i) => s + i.maxPoints - Math.max(floor, 0), 0);
  let left = drop;
  for (const c of rs.criteria) {
    for (const i of c.indicators) {
      if (left <= capacity() || i.kind === 'judged') continue;
      const top = indicatorMaxPoints(i);
      if (i.kind === 'boolean' && top <= left) {
        facts[i.id] = false;
        left -= top;
      } else if (i.kind === 'count' || i.kind === 'ratio') {
        // The lowest band (or below the first) whose loss does not pass what is left to drop.
        const bands: readonly { atLeast?: number; atLeastPercent?: number; points: number }[] = i.bands;
        const options = [{ k: -1, points: 0 }, ...bands.map((b, k) => ({ k, points: b.points }))].filter((o) => top - o.points <= left);
        const pick = options[0];
        if (pick === undefined || pick.points === top) continue;
        facts[i.id] = pick.k < 0 ? (i.kind === 'count' ? 0 : { part: 0, whole: 1 }) : factAtBand(i, pick.k);
        left -= top - pick.points;
      }
    }
  }
  for (const i of [...judged(rs)].reverse()) {
    if (left === 0) break;
    const step = i.step ?? 1 / (rs.pointDenominator ?? 1);
    const can = Math.floor((i.maxPoints - Math.max(floor, 0)) / step) * step;
    const take = Math.min(can, left);
    points[i.id] = i.maxPoints - take;
    left = Math.round((left - take) * 1000) / 1000;
  }
  return left === 0 ? { points, facts } : undefined;
}

/** Recognition and class, by what each rule says, for a sheet whose rules are minimum totals and floors. */
function verdict(rs: RuleSet, total: number, lowest: number): { recognized: boolean; class: string | null; shortfalls: string[] } {
  const fails = (r: OutcomeRule): string[] => {
    switch (r.kind) {
      case 'min-total':
        return total < r.points ? [r.id] : [];
      case 'min-each-indicator':
        return r.indicators === undefined && r.points !== undefined && lowest < r.points ? [r.id] : [];
      case 'class-reached':
        return rs.outcome.classes!.find((c) => c.id === r.class)!.rules.flatMap(fails);
      default:
        throw new Error(`no oracle for ${r.kind}`);
    }
  };
  const shortfalls = rs.outcome.rules.flatMap(fails);
  const cls = (rs.outcome.classes ?? []).find((c) => c.rules.flatMap(fails).length === 0);
  return { recognized: shortfalls.length === 0, class: cls?.id ?? null, shortfalls };
}

/** A scored sheet (points): the full sheet, the empty one, at and one step under every minimum total, the floors. */
function pointCases(rs: RuleSet): Case[] {
  const max = rs.criteria.reduce((s, c) => s + c.indicators.reduce((t, i) => t + indicatorMaxPoints(i), 0), 0);
  const step = 1 / (rs.pointDenominator ?? 1);
  const floorRule = rs.outcome.rules.find((r): r is Extract<OutcomeRule, { kind: 'min-each-indicator' }> => r.kind === 'min-each-indicator' && r.indicators === undefined && r.points !== undefined);
  const floor = floorRule?.points ?? 0;
  const hasClasses = (rs.outcome.classes ?? []).length > 0;
  const expectOf = (total: number, lowest: number) => {
    const v = verdict(rs, total, lowest);
    return { recognized: v.recognized, total, ...(hasClasses ? { class: v.class } : {}), shortfalls: v.shortfalls };
  };
  const f = full(rs);
  const out: Case[] = [
    { name: `Đủ điểm tối đa (${fmt(max)}/${fmt(max)})`, assessment: assessment(f.points, f.facts), expect: expectOf(max, Infinity) },
    { name: 'Phiếu trống (chưa nhập gì): 0 điểm', assessment: assessment({}, {}), expect: expectOf(0, 0) },
  ];
  const thresholds = new Map<number, string>();
  for (const r of rs.outcome.rules) if (r.kind === 'min-total') thresholds.set(r.points, 'công nhận');
  for (const c of rs.outcome.classes ?? []) for (const r of c.rules) if (r.kind === 'min-total') thresholds.set(r.points, `xếp loại “${c.label.vi}”`);
  for (const [t, what] of thresholds) {
    for (const [total, how] of [[t, 'đúng bằng'], [t - step, `thấp hơn ${fmt(step)} điểm so với`]] as const) {
      const low = lowered(rs, max - total, floor);
      if (!low) throw new Error(`${rs.id}: no assessment of ${total} points`);
      const lowest = Math.min(...judged(rs).map((i) => low.points[i.id]!));
      out.push({ name: `${fmt(total)} điểm: ${how} ngưỡng ${fmt(t)} điểm (${what})`, assessment: assessment(low.points, low.facts), expect: expectOf(total, lowest) });
    }
  }
  if (floorRule) {
    const one = judged(rs).at(-1)!;
    for (const p of [floor, floor - step]) {
      const points = { ...f.points, [one.id]: p };
      const total = max - one.maxPoints + p;
      out.push({ name: `Chỉ báo “${one.id}” ${fmt(p)} điểm, các chỉ báo khác tối đa (sàn ${fmt(floor)} điểm)`, assessment: assessment(points, f.facts), expect: expectOf(total, p) });
    }
  }
  out.push(...bandCases(rs, max));
  return out;
}

/** Every band edge of every computed indicator: at the edge, one under, and a zero whole; the rest at the maximum. */
function bandCases(rs: RuleSet, max: number): Case[] {
  const out: Case[] = [];
  const f = full(rs);
  const points = rs.scale === 'targets' ? undefined : max;
  for (const c of rs.criteria) {
    for (const ind of c.indicators) {
      if (ind.kind !== 'count' && ind.kind !== 'ratio') continue;
      const top = indicatorMaxPoints(ind);
      const at = (fact: Facts[string], got: number, name: string): Case => ({
        name,
        assessment: assessment(f.points, { ...f.facts, [ind.id]: fact }),
        expect: { indicators: { [ind.id]: got }, ...(points !== undefined ? { total: points - top + got } : {}) },
      });
      const bands: readonly { atLeast?: number; atLeastPercent?: number; points: number }[] = ind.bands;
      bands.forEach((b, k) => {
        const below = k === 0 ? 0 : bands[k - 1]!.points;
        if (b.atLeast !== undefined) {
          out.push(at(b.atLeast, b.points, `“${ind.id}” = ${b.atLeast}: đúng mức ${k + 1} (từ ${b.atLeast})`));
          if (b.atLeast > 0) out.push(at(b.atLeast - 1, below, `“${ind.id}” = ${b.atLeast - 1}: dưới mức ${k + 1} một đơn vị`));
        } else {
          const r = ratioAt(b.atLeastPercent!);
          out.push(at(r, b.points, `“${ind.id}” = ${r.part}/${r.whole}: đúng ${fmt(b.atLeastPercent!)}% (mức ${k + 1})`));
          if (r.part > 0) out.push(at({ part: r.part - 1, whole: r.whole }, below, `“${ind.id}” = ${r.part - 1}/${r.whole}: dưới ${fmt(b.atLeastPercent!)}% một phần vạn`));
        }
      });
      if (ind.kind === 'ratio') {
        const zero = ind.whenWholeIsZero ?? Math.max(...ind.bands.map((b) => b.points));
        out.push(at({ part: 0, whole: 0 }, zero, `“${ind.id}” = 0/0: không có đối tượng`));
      }
    }
  }
  return out;
}

/** A framework of targets (levels): every target at level 2, at level 1, each level-2 target one level short, each target missed. */
function targetCases(rs: RuleSet): Case[] {
  const classes = rs.outcome.classes ?? [];
  const level = (id: string) => classes.find((c) => c.id === id)!;
  const l1 = level('level-1');
  const l2 = level('level-2');
  const l2rule = l2.rules.find((r): r is Extract<OutcomeRule, { kind: 'min-each-indicator' }> => r.kind === 'min-each-indicator')!;
  const l1rule = l1.rules.find((r): r is Extract<OutcomeRule, { kind: 'min-each-indicator' }> => r.kind === 'min-each-indicator')!;
  const recognizedAt = rs.outcome.rules.find((r) => r.kind === 'class-reached') as Extract<OutcomeRule, { kind: 'class-reached' }>;
  if (recognizedAt.class !== 'level-1' || l1rule.indicators !== undefined || l1rule.points !== 1 || l2rule.points !== 2) throw new Error(`${rs.id}: no oracle for these levels`);
  const all = rs.criteria.flatMap((c) => c.indicators);
  const needs2 = new Set(l2rule.indicators ?? all.map((i) => i.id));
  /** The value of an indicator at a level (0, 1 or 2): judged points, a fact at the band's edge, or false. */
  const at = (i: Indicator, lv: number): [number | undefined, Facts[string] | undefined] => {
    if (i.kind === 'judged') return [Math.min(lv, i.maxPoints), undefined];
    if (i.kind === 'boolean') return [undefined, lv >= 1];
    const k = i.bands.findIndex((b) => b.points >= lv);
    if (lv === 0) return [undefined, i.kind === 'count' ? Math.max(i.bands[0]!.atLeast - 1, 0) : { part: Math.max(ratioAt(i.bands[0]!.atLeastPercent).part - 1, 0), whole: 10_000 }];
    return [undefined, factAtBand(i, k < 0 ? -1 : k)];
  };
  const build = (lv: (i: Indicator) => number): Assessment => {
    const points: Points = {};
    const facts: Facts = {};
    for (const i of all) {
      const [p, fact] = at(i, lv(i));
      if (p !== undefined) points[i.id] = p;
      if (fact !== undefined) facts[i.id] = fact;
    }
    return assessment(points, facts);
  };
  const top = (i: Indicator) => Math.min(2, indicatorMaxPoints(i));
  const out: Case[] = [
    { name: 'Mọi chỉ tiêu ở mức cao nhất: đạt mức độ 2', assessment: build(top), expect: { recognized: true, class: 'level-2', shortfalls: [] } },
    { name: 'Mọi chỉ tiêu ở mức 1: đạt mức độ 1', assessment: build(() => 1), expect: { recognized: true, class: needs2.size === 0 ? 'level-2' : 'level-1', shortfalls: [] } },
  ];
  for (const i of all) {
    if (needs2.has(i.id) && indicatorMaxPoints(i) >= 2) {
      out.push({ name: `Mức 2, trừ “${i.id}” chỉ ở mức 1: mức độ 1`, assessment: build((j) => (j.id === i.id ? 1 : top(j))), expect: { recognized: true, class: 'level-1', shortfalls: [] } });
    }
    out.push({ name: `Mức 1, trừ “${i.id}” chưa đạt: chưa được công nhận`, assessment: build((j) => (j.id === i.id ? 0 : 1)), expect: { recognized: false, class: null, shortfalls: [l1rule.id] } });
  }
  out.push(...bandCases(rs, 0));
  return out;
}

/** The case file of a rule set, as YAML text with a header that says what it holds. */
export function caseFile(rs: RuleSet): string {
  const cases = rs.scale === 'targets' ? targetCases(rs) : pointCases(rs);
  const header = [
    `# Ca kiểm thử của bộ tiêu chí ${rs.id} — test cases of the rule set ${rs.id}.`,
    `# ${rs.title.vi}`,
    '# Sinh bởi `npm run data:cases`: các ca ở ngay ngưỡng, dưới ngưỡng một bước, ở mỗi mức điểm của chỉ báo và khi mẫu số bằng 0;',
    '# kết quả mong đợi được tính từ nội dung điều kiện (không chạy bộ chấm điểm). Văn bản nguồn không có ví dụ chấm điểm mẫu.',
    '# Generated by `npm run data:cases`: cases at every threshold and one step under, at every band edge and at a zero whole;',
    '# each expected result is worked out from what the rule says, not by running the evaluator. The source gives no worked example.',
    '# Chạy / run: npx vn-learning-society test data/cases/' + `${rs.id}.yaml`,
  ];
  return `${header.join('\n')}\n${stringify({ ruleSet: rs.id, cases }, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** Every shipped rule set's case file, by path. */
export function caseFiles(): Map<string, string> {
  return new Map(listRuleSets().map((rs) => [`data/cases/${rs.id}.yaml`, caseFile(rs)]));
}
