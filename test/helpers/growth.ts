import { appendFileSync } from 'node:fs';

// How a function's time grows with its input, judged against a linear reference timed in the same run (issue 22).
//
// A test that asserts "ten times the input takes at most thirty times as long" on absolute timings flakes on a loaded
// machine: one timing taken while another process holds the CPU, or while the collector's helper threads wait for one,
// and the growth of a linear function reads 33×. Here:
//
// - the growth of the function under test is divided by the growth of a plainly linear operation on the same inputs
//   (`linearReference`: a character-by-character scan and a copy of the text), so that what slows large inputs on
//   this machine (caches, the collector) slows both alike. The ratio is about 1 for linear code and about 10 for
//   quadratic code over a 10× step (100× the time where the reference takes 10×), so the default bound of 3 leaves
//   room for noise, the collector and an n·log n factor, and none for quadratic growth;
// - the two are timed turn about, size by size (f, reference, f, reference, …, which one goes first swapped every other
//   run), so that a burst of load falls on both;
// - each timing is a batch of calls of at least `minBatchMs` (1 ms by default: the function is called as many times as
//   that takes, and the time per call is the batch's time divided by the calls), that is a thousand times the clock's
//   resolution, and the time per call kept is the least of several runs (`runs`, 3 by default);
// - the clock is the process's CPU time by default (`process.cpuUsage()`, user + system, in µs), which does not run
//   while the process waits for a core, so a machine busy with other work (the other test files, a CI neighbour) does
//   not inflate one timing and not the next; `clock: 'wall'` uses `performance.now()` instead. (Under vitest's default
//   `forks` pool each test file runs in a process of its own, so the process's CPU time is this file's.)
// - a measurement with a step over the bound is taken once more, afresh, and only a function over the bound both
//   times is reported non-linear.
//
// Set GROWTH_LOG to a file name to have every measurement appended to it as a line of JSON.

/** A function of one string; what it returns is ignored (wrap it to swallow an expected error). */
export type Subject = (input: string) => unknown;

export interface GrowthOptions {
  /** The input sizes, smallest first; each step compares one size with the next. Default 10^3, 10^4, 10^5. */
  sizes?: readonly number[];
  /** The largest `growth(f) / growth(reference)` accepted on a step. Default 3. */
  bound?: number;
  /** The linear operation `f` is compared with. Default `linearReference`. */
  reference?: Subject;
  /** The least time of one timed batch of calls, in milliseconds. Default 1. */
  minBatchMs?: number;
  /** Timed runs of each batch (the least time counts). Default 3. */
  runs?: number;
  /** Measure once more before calling a function non-linear. Default true. */
  retry?: boolean;
  /** The process's CPU time (default) or the wall clock. */
  clock?: 'cpu' | 'wall';
}

/** One step from `from` to `to` characters: times per call in milliseconds (best of the runs), and their growths. */
export interface GrowthStep {
  from: number;
  to: number;
  /** Time per call of `f`, at `from` and at `to`. */
  ms: [number, number];
  /** Time per call of the reference, at `from` and at `to`. */
  referenceMs: [number, number];
  /** `ms[1] / ms[0]`. */
  growth: number;
  /** `referenceMs[1] / referenceMs[0]`. */
  referenceGrowth: number;
  /** `growth / referenceGrowth`: about 1 when `f` is linear, about `to / from` when it is quadratic. */
  ratio: number;
}

export interface GrowthReport {
  /** No step over the bound, on the first measurement or on the one retry. */
  linear: boolean;
  bound: number;
  /** The steps of the measurement that decided: the first, or the retry if the first had a step over the bound. */
  steps: GrowthStep[];
  /** The largest ratio of `steps`. */
  worst: number;
  /** Each measurement's largest ratio: one, or two when the first was over the bound. */
  attempts: number[];
}

/**
 * The default reference: a plainly linear pass over the input, of the kind a parser makes: it reads each character
 * (a running hash of the char codes) and copies the text (a JSON round trip, which allocates as a parser's
 * normalising and slicing do, so that the collector's share of the time grows alike in both).
 */
export function linearReference(input: string): number {
  let h = 0;
  for (let i = 0; i < input.length; i++) h = (Math.imul(h, 31) + input.charCodeAt(i)) | 0;
  return h + (JSON.parse(JSON.stringify(input)) as string).length;
}

type Clock = () => number;
type Timed = (input: string, reps: number) => number | Promise<number>;

const CLOCKS: Record<'cpu' | 'wall', Clock> = {
  cpu: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
  wall: () => performance.now(),
};

const syncBatch =
  (f: Subject, clock: Clock): Timed =>
  (input, reps) => {
    const t = clock();
    for (let r = 0; r < reps; r++) f(input);
    return clock() - t;
  };

const asyncBatch =
  (f: (input: string) => Promise<unknown>, clock: Clock): Timed =>
  async (input, reps) => {
    const t = clock();
    for (let r = 0; r < reps; r++) await f(input);
    return clock() - t;
  };

/**
 * How many calls make a batch of at least `minBatchMs`, from the better of two single calls (the first a warm-up). A
 * single call that already takes `minBatchMs` is a batch of one, and its time counts as the first run.
 */
async function repsFor(timed: Timed, input: string, minBatchMs: number): Promise<{ reps: number; first?: number }> {
  const first = await timed(input, 1);
  if (first >= minBatchMs) return { reps: 1, first };
  const one = Math.min(first, await timed(input, 1));
  // The CPU clock counts in µs: a call under 1 µs may read 0, and is taken as 1 µs (its batch may then run longer).
  return { reps: Math.max(1, Math.min(1_000_000, Math.ceil(minBatchMs / Math.max(one, 0.001)))) };
}

interface Settings {
  bound: number;
  minBatchMs: number;
  runs: number;
}

/** One measurement: the time per call of `f` and of the reference at each size, turn about, best of `runs`. */
async function measure(f: Timed, reference: Timed, inputs: string[], sizes: readonly number[], o: Settings): Promise<GrowthStep[]> {
  const fReps: number[] = [];
  const refReps: number[] = [];
  const fMs: number[] = [];
  const refMs: number[] = [];
  for (const input of inputs) {
    const fr = await repsFor(f, input, o.minBatchMs);
    const rr = await repsFor(reference, input, o.minBatchMs);
    fReps.push(fr.reps);
    refReps.push(rr.reps);
    fMs.push(fr.first ?? Infinity);
    refMs.push(rr.first ?? Infinity);
  }
  for (let run = 0; run < o.runs; run++) {
    for (let i = 0; i < inputs.length; i++) {
      for (const which of run % 2 === 0 ? (['f', 'ref'] as const) : (['ref', 'f'] as const)) {
        // A batch of one long call timed while calibrating was this size's first run.
        if (run === 0 && (which === 'f' ? fMs : refMs)[i] !== Infinity) continue;
        if (which === 'f') fMs[i] = Math.min(fMs[i]!, (await f(inputs[i]!, fReps[i]!)) / fReps[i]!);
        else refMs[i] = Math.min(refMs[i]!, (await reference(inputs[i]!, refReps[i]!)) / refReps[i]!);
      }
    }
  }
  // A time that reads 0 (a batch under the CPU clock's µs) is taken as 1 µs per batch.
  const perCall = (ms: number, reps: number) => Math.max(ms, 0.001 / reps);
  return sizes.slice(1).map((to, i) => {
    const ms: [number, number] = [perCall(fMs[i]!, fReps[i]!), perCall(fMs[i + 1]!, fReps[i + 1]!)];
    const referenceMs: [number, number] = [perCall(refMs[i]!, refReps[i]!), perCall(refMs[i + 1]!, refReps[i + 1]!)];
    const growth = ms[1] / ms[0];
    const referenceGrowth = referenceMs[1] / referenceMs[0];
    return { from: sizes[i]!, to, ms, referenceMs, growth, referenceGrowth, ratio: growth / referenceGrowth };
  });
}

async function check(f: Timed, make: (n: number) => string, options: GrowthOptions, clock: Clock): Promise<GrowthReport> {
  const sizes = options.sizes ?? [1_000, 10_000, 100_000];
  const o: Settings = { bound: options.bound ?? 3, minBatchMs: options.minBatchMs ?? 1, runs: options.runs ?? 3 };
  const inputs = sizes.map(make);
  const reference = syncBatch(options.reference ?? linearReference, clock);
  const attempts: number[] = [];
  let steps: GrowthStep[] = [];
  for (let attempt = 0; attempt < (options.retry === false ? 1 : 2); attempt++) {
    steps = await measure(f, reference, inputs, sizes, o);
    attempts.push(Math.max(...steps.map((s) => s.ratio)));
    if (attempts.at(-1)! <= o.bound) break;
  }
  const worst = attempts.at(-1)!;
  if (process.env.GROWTH_LOG) appendFileSync(process.env.GROWTH_LOG, `${JSON.stringify({ attempts, steps })}\n`);
  return { linear: worst <= o.bound, bound: o.bound, steps, worst, attempts };
}

/**
 * Times `f` on `make(n)` for each of the sizes, beside the reference on the same inputs, and tells whether its time
 * grows linearly: on every step, `growth(f) / growth(reference)` at most the bound (on the retry, if not on the first
 * measurement).
 */
export function checkLinear(f: Subject, make: (n: number) => string, options: GrowthOptions = {}): Promise<GrowthReport> {
  const clock = CLOCKS[options.clock ?? 'cpu'];
  return check(syncBatch(f, clock), make, options, clock);
}

/** `checkLinear` for an async function (each call awaited before the next). */
export function checkLinearAsync(f: (input: string) => Promise<unknown>, make: (n: number) => string, options: GrowthOptions = {}): Promise<GrowthReport> {
  const clock = CLOCKS[options.clock ?? 'cpu'];
  return check(asyncBatch(f, clock), make, options, clock);
}

/** A report in a line, for an assertion's message: each step's growth, the reference's, and their ratio. */
export function describeGrowth(r: GrowthReport): string {
  const steps = r.steps.map((s) => `${s.from}→${s.to}: ${s.growth.toFixed(1)}× vs reference ${s.referenceGrowth.toFixed(1)}× = ${s.ratio.toFixed(2)} (${fmt(s.ms[0])} → ${fmt(s.ms[1])} per call)`);
  return `${steps.join('; ')}; worst ratio ${r.attempts.map((a) => a.toFixed(2)).join(', then ')} (bound ${r.bound})`;
}

const fmt = (ms: number) => (ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`);
