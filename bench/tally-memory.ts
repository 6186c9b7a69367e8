/**
 * Memory of a streamed roll-up: tallies 2.7 and 27 million household results from a generator and prints the time
 * and the heap in use after each. Run: `npm run bench:memory` (node --expose-gc).
 */
import { tallyOf } from 'vn-learning-society';
import { geography, householdStream, HOUSEHOLDS } from './households.js';

const gc = (globalThis as { gc?: () => void }).gc;
const geo = geography();
for (const n of [HOUSEHOLDS / 10, HOUSEHOLDS]) {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const t = tallyOf(householdStream(n, geo));
  const seconds = (performance.now() - started) / 1000;
  const provinces = t.by('province').length;
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `${n.toLocaleString('en')} households streamed: ${seconds.toFixed(2)} s, ${t.communeCount} communes, ${provinces} provinces, heap held by the tally ${((after - before) / 1048576).toFixed(1)} MiB (peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB)`,
  );
}
