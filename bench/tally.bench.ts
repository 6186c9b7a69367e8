/**
 * Rolling up Vietnam's ~27 million household results into communes and provinces (Tally), from in-memory columns.
 * One iteration tallies every household; read the `mean` column (milliseconds). Memory when streamed is measured by
 * `npm run bench:memory` (bench/tally-memory.ts); see docs/performance.md.
 */
import { bench, describe } from 'vitest';
import { Tally } from 'vn-learning-society';
import { geography, householdColumns, HOUSEHOLDS } from './households.js';

const geo = geography();
const columns = householdColumns(HOUSEHOLDS);
let sink = 0;

describe(`roll up ${HOUSEHOLDS.toLocaleString('en')} household results`, () => {
  bench(
    'Tally.add from in-memory records, then by commune and by province',
    () => {
      const t = new Tally();
      const { commune, recognized } = columns;
      for (let i = 0; i < HOUSEHOLDS; i++) {
        const c = commune[i]!;
        t.add({ province: geo.province[c]!, district: geo.district[c]!, commune: geo.commune[c]!, model: 'learning-family', recognized: recognized[i] === 1 });
      }
      sink += t.by('commune').length + t.by('province').length;
    },
    { iterations: 2, time: 0, warmupIterations: 0 },
  );
});

export { sink };
