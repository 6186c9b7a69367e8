import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Assessment, RuleSet } from 'vn-learning-society';

/**
 * The same rules as a rule set, written for json-rules-engine: one rule per band of each computed indicator
 * (awarding the points that band adds), judged points as plain facts, a `total` fact, and one recognition rule
 * per `min-total`. Only what the bench's rule sets use is translated (judged, boolean, count, ratio, min-total).
 */
export function jsonRulesEngineFor(rs: RuleSet): { verdict(a: Assessment): Promise<{ recognized: boolean; total: number }> } {
  const rules: RuleProperties[] = [];
  const judged: string[] = [];
  const awards: string[] = [];
  // Each band rule records its award in a fact of its own (rules of one priority run concurrently).
  const award = (points: number) => {
    const key = `award:${awards.length}`;
    awards.push(key);
    return { type: 'award', params: { key, points } };
  };
  const ratioAtLeast = (value: { part: number; whole: number } | undefined, percent: number): boolean =>
    value !== undefined && value.whole > 0 && value.part * 100 >= percent * value.whole;
  for (const c of rs.criteria) {
    for (const ind of c.indicators) {
      switch (ind.kind) {
        case 'judged':
          judged.push(ind.id);
          break;
        case 'boolean':
          rules.push({ priority: 10, conditions: { all: [{ fact: ind.id, operator: 'equal', value: true }] }, event: award(ind.points) });
          break;
        case 'count': {
          let previous = 0;
          for (const b of ind.bands) {
            rules.push({ priority: 10, conditions: { all: [{ fact: ind.id, operator: 'greaterThanInclusive', value: b.atLeast }] }, event: award(b.points - previous) });
            previous = b.points;
          }
          break;
        }
        case 'ratio': {
          let previous = 0;
          for (const b of ind.bands) {
            rules.push({ priority: 10, conditions: { all: [{ fact: ind.id, operator: 'ratioAtLeast', value: b.atLeastPercent }] }, event: award(b.points - previous) });
            previous = b.points;
          }
          const zero = ind.whenWholeIsZero ?? Math.max(...ind.bands.map((b) => b.points));
          rules.push({ priority: 10, conditions: { all: [{ fact: ind.id, path: '$.whole', operator: 'equal', value: 0 }] }, event: award(zero) });
          break;
        }
      }
    }
  }
  for (const r of rs.outcome.rules) {
    if (r.kind !== 'min-total') throw new Error(`the bench translation covers min-total rules only, not ${r.kind}`);
    rules.push({ priority: 1, conditions: { all: [{ fact: 'total', operator: 'greaterThanInclusive', value: r.points }] }, event: { type: 'rule-passed', params: { rule: r.id } } });
  }
  const needed = rs.outcome.rules.length;

  const engine = new Engine(rules, { allowUndefinedFacts: true });
  engine.addOperator<{ part: number; whole: number } | undefined, number>('ratioAtLeast', (v, p) => ratioAtLeast(v, p));
  engine.addFact('total', async (_params, almanac) => {
    let sum = 0;
    for (const id of [...judged, ...awards]) sum += (await almanac.factValue<number>(id)) ?? 0;
    return sum;
  });
  engine.on('success', (event, almanac) => {
    if (event.type === 'award') almanac.addRuntimeFact(event.params!.key as string, event.params!.points as number);
  });

  return {
    async verdict(a) {
      const facts: Record<string, unknown> = { ...a.points, ...a.facts };
      const { events, almanac } = await engine.run(facts);
      const total = await almanac.factValue<number>('total');
      return { recognized: events.filter((e) => e.type === 'rule-passed').length === needed, total };
    },
  };
}
