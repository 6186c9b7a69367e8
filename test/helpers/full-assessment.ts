import type { Assessment, RuleSet } from 'vn-learning-society';

/** The assessment that earns every point of a rule set: each judged item at its maximum, each fact at its top band. */
export function fullAssessment(rs: RuleSet): Assessment {
  const points: Record<string, number> = {};
  const facts: Record<string, boolean | number | { part: number; whole: number }> = {};
  for (const c of rs.criteria) {
    for (const i of c.indicators) {
      if (i.kind === 'judged') points[i.id] = i.maxPoints;
      else if (i.kind === 'boolean') facts[i.id] = true;
      else if (i.kind === 'ratio') facts[i.id] = { part: 1, whole: 1 };
      else facts[i.id] = Math.max(...i.bands.map((b) => b.atLeast));
    }
  }
  return { points, facts };
}

/**
 * A household's cells in a sheet of `rs`, in the order of its indicators: every judged item at `points` (at most its
 * maximum), every yes/no "có", every share full ("1/1"). What a hamlet writes for a household that does everything.
 */
export function householdCells(rs: RuleSet, points: number): string[] {
  return rs.criteria.flatMap((c) => c.indicators).map((i) => (i.kind === 'judged' ? String(Math.min(points, i.maxPoints)) : i.kind === 'boolean' ? 'có' : '1/1'));
}
