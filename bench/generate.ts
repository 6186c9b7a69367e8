import type { Assessment, RuleSet } from 'vn-learning-society';
import { seededRandom } from '../examples/lib/seeded-random.js';

/** The seeded generator of the examples (mulberry32), so every run of the bench scores the same assessments. */
export { seededRandom };

/**
 * `n` valid assessments of a rule set, every indicator filled, skewed towards high points so that about half
 * are recognised.
 */
export function generateAssessments(rs: RuleSet, n: number, seed = 2026): Assessment[] {
  const rnd = seededRandom(seed);
  const den = rs.pointDenominator ?? 1;
  const indicators = rs.criteria.flatMap((c) => c.indicators);
  const out: Assessment[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const points: Record<string, number> = {};
    const facts: Record<string, boolean | number | { part: number; whole: number }> = {};
    for (const ind of indicators) {
      const high = Math.pow(rnd(), 0.3);
      switch (ind.kind) {
        case 'judged': {
          const steps = Math.round((ind.maxPoints * den) / ((ind.step ?? 1 / den) * den));
          points[ind.id] = (Math.round(high * steps) * (ind.step ?? 1 / den) * den) / den;
          break;
        }
        case 'boolean':
          facts[ind.id] = high > 0.3;
          break;
        case 'count':
          facts[ind.id] = Math.floor(high * 8);
          break;
        case 'ratio': {
          const whole = Math.floor(rnd() * 6);
          facts[ind.id] = { part: Math.min(whole, Math.round(high * whole + 0.3)), whole };
          break;
        }
      }
    }
    out[k] = { points, facts };
  }
  return out;
}

/**
 * `n` generated assessments as the rows of a filled-in template sheet: the heading of each indicator is its
 * Vietnamese label (as `template` writes it), then one row per household with numbers, `có`/`không` and `2/3`.
 */
export function assessmentSheetRows(rs: RuleSet, n: number, seed = 2026): (string | number)[][] {
  const indicators = rs.criteria.flatMap((c) => c.indicators);
  const rows: (string | number)[][] = [['Mã phiếu', ...indicators.map((i) => i.label.vi)]];
  generateAssessments(rs, n, seed).forEach((a, k) => {
    rows.push([
      `H${k + 1}`,
      ...indicators.map((ind) => {
        if (ind.kind === 'judged') return a.points![ind.id]!;
        const f = a.facts![ind.id]!;
        if (typeof f === 'boolean') return f ? 'có' : 'không';
        if (typeof f === 'number') return f;
        return `${f.part}/${f.whole}`;
      }),
    ]);
  });
  return rows;
}
