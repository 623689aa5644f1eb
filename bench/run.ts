// The SPEC §6 targets of the analytic engine — per-edit recompute and load sweeps — each as p50/p95
// wall-clock times beside a naive baseline measured in this process (`npm run bench` runs it first).
import { compileScenario, createEngineSession, evaluate, evaluatePerformance, planSweep, updateCompiledModel, type CompiledModel } from '../src/engine';
import { parseScenario, type Scenario } from '../src/model';
import { coldEditRequest, coldEditTimes, timeFirstEdits } from './coldEdits';
import { editsOfKind, type EditKind } from './designEdits';
import { formatBenchRows } from './formatBenchRows';
import { percentile } from './percentile';
import { syntheticScenario } from './syntheticScenario';
import { ratioText, reportInfo, reportTarget } from './targetRows';

/** Wall-clock p50 and p95 of `run(i)`, after `warmUp` untimed calls. */
function measure(repeats: number, run: (i: number) => void, warmUp = Math.min(20, repeats)): { p50: number; p95: number } {
  for (let i = 0; i < warmUp; i += 1) run(i);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    run(warmUp + i);
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

/** Naive: re-parse the JSON and evaluate it from scratch, reusing nothing compiled before. */
function naiveEvaluate(scenario: Scenario): void {
  const parsed = parseScenario(JSON.stringify(scenario));
  if (!parsed.ok) throw new Error('invalid');
  evaluate(parsed.scenario);
}

// A fresh process asked for a cold figure (bench/coldEdits.ts) answers it and measures nothing else.
const coldRequest = coldEditRequest(process.argv);
if (coldRequest) {
  console.log(JSON.stringify(timeFirstEdits(coldRequest.size, coldRequest.kind)));
  process.exit(0);
}

/** `--only=edit` (or `sweep`, comma-separated) runs only those rows: `npm run bench -- run --only=edit`. */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const measures = (part: 'edit' | 'sweep') => only === undefined || only.includes(part);

const format = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(3)} ms`);
const rows: string[][] = [];
const row = (name: string, fast: { p50: number; p95: number }, target: string, naive: { p95: number } | null) =>
  rows.push([name, format(fast.p50), format(fast.p95), target, naive ? format(naive.p95) : '', naive ? `${(naive.p95 / fast.p95).toFixed(1)}×` : '']);

/** The p95 of `fast` against `target` (written "≤ 2 ms") in the closing table, beside the from-scratch evaluation. */
const reportEdit = (name: string, fast: { p95: number }, target: string, naive: { p95: number }) =>
  reportTarget({ target: `${name}, p95 ${target}`, measured: format(fast.p95), baseline: `${format(naive.p95)} from scratch`, ratio: ratioText(fast.p95, naive.p95), met: fast.p95 <= Number(target.replace(/[^\d.]/g, '')) });

/**
 * Rounds of the 16 edits, timed JMH-style: a fresh process runs its first rounds of parameter edits ~3×
 * slower (100 components: round 0 ~190 ms, rounds 1–2 ~110, 3–7 55–75, steady ~45 ms from round 8)
 * while V8 tiers the engine up, so untimed warm-up rounds come first and the targets are met or missed
 * at steady state, what a long session feels; the cold rows beside them say what its first minute feels.
 */
interface Rounds {
  warmUp: number;
  timed: number;
}
const editRounds = (rounds: Rounds, run: (edit: number) => void) => measure(rounds.timed * 16, run, rounds.warmUp * 16);
const coldFigures = (size: number, kind: EditKind) => {
  const samples = coldEditTimes(size, kind);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
};

// SPEC §6 (revised): parameter edit ≤ 2 ms at 100 components, ≤ 5 ms at 1 000; structural ≤ 10 ms and ≤ 50 ms.
// Warm-up checked with per-round sums in the bench's order: at 100 components parameter rounds settle by
// round 8–10, structural ones by round 2; at 1 000 (code already warm from 100) only round 0 is slower.
// The from-scratch baseline settles after its first 2 calls at both sizes.
const editSizes = [
  { size: 100, parameter: { warmUp: 10, timed: 12 }, structural: { warmUp: 3, timed: 3 }, naive: { warmUp: 4, timed: 24 }, parameterTarget: '≤ 2 ms', structuralTarget: '≤ 10 ms' },
  { size: 1000, parameter: { warmUp: 10, timed: 3 }, structural: { warmUp: 2, timed: 1 }, naive: { warmUp: 4, timed: 8 }, parameterTarget: '≤ 5 ms', structuralTarget: '≤ 50 ms' },
] as const;
for (const { size, parameter: parameterRounds, structural: structuralRounds, naive: naiveCalls, parameterTarget, structuralTarget } of measures('edit') ? editSizes : []) {
  const scenario = syntheticScenario(size, 42);
  // Every timed edit is new (bench/designEdits.ts): warm-up and timed rounds never repeat a value or an id.
  const parameterEdits = editsOfKind(scenario, 'parameter', parameterRounds.warmUp + parameterRounds.timed);
  const structuralEdits = editsOfKind(scenario, 'structural', structuralRounds.warmUp + structuralRounds.timed);
  const session = createEngineSession();
  session.evaluate(scenario);
  const parameter = editRounds(parameterRounds, (i) => session.evaluate(parameterEdits[i] ?? scenario));
  const structural = editRounds(structuralRounds, (i) => session.evaluate(structuralEdits[i] ?? scenario));
  const naive = measure(naiveCalls.timed, (i) => naiveEvaluate(parameterEdits[i] ?? scenario), naiveCalls.warmUp);
  /** `evaluatePerformance` alone after each of `edits`, the model updated in place as the session does. */
  const performanceOnly = (edits: Scenario[], rounds: Rounds) => {
    let model: CompiledModel = compileScenario(scenario);
    evaluatePerformance(model);
    return editRounds(rounds, (i) => evaluatePerformance((model = updateCompiledModel(model, edits[i] ?? scenario))));
  };
  const components = scenario.components.length;
  for (const [kind, steady, rounds, edits, target] of [
    ['parameter', parameter, parameterRounds, parameterEdits, parameterTarget],
    ['structural', structural, structuralRounds, structuralEdits, structuralTarget],
  ] as const) {
    const name = `${components} components, ${kind} edit`;
    const cold = coldFigures(size, kind);
    row(`per-edit recompute, ${name}, steady state`, steady, target, naive);
    reportEdit(`engine per edit, ${name}, steady state`, steady, target, naive);
    row(`  cold: first 16 edits of a fresh process`, cold, '', null);
    reportInfo({ target: `  cold: first 16 ${kind} edits of a fresh process, p95`, measured: format(cold.p95) });
    row(`  of which latency + capacity + cost`, performanceOnly(edits, rounds), '', null);
  }
}

if (measures('sweep')) {
  // The load sweep as the app plans it: 100 points from 0 to the load at which the design saturates.
  const scenario = syntheticScenario(1000, 42);
  const plan = planSweep(scenario, 'load', 100);
  if (!plan) throw new Error('no load sweep');
  const fast = measure(3, () => plan.run(plan.values), 1);
  // Naively, every point costs about the same whole evaluation: 10 of the 100, times 10, keep `npm run bench` within minutes.
  const naiveTenth = measure(1, () => {
    for (const x of plan.values.filter((_, i) => i % 10 === 0)) naiveEvaluate({ ...scenario, workload: { ...scenario.workload, requestsPerSecond: x } });
  }, 0);
  const naive = { p50: naiveTenth.p50 * 10, p95: naiveTenth.p95 * 10 };
  row(`sweep 100 loads (0 → saturation) × ${scenario.components.length} components, one core`, fast, '≤ 1500 ms on the pool', naive);
  const [nearSaturation] = plan.run([plan.values[plan.values.length - 2] ?? 0]);
  console.log(`(sweep sanity: p99 at ${nearSaturation?.x.toFixed(0)} req/s = ${nearSaturation?.p99Ms.toFixed(1)} ms, busiest station at ${((nearSaturation?.maxUtilization ?? 0) * 100).toFixed(1)} %)`);
}

console.log(formatBenchRows([['benchmark (one core, wall clock)', 'p50', 'p95', 'target', 'naive p95', 'speed-up'], ...rows]));
console.log('steady state = timed after 10 untimed rounds of the 16 parameter edits, 3 (100 components) or 2 (1 000) of the structural ones, 4 from-scratch evaluations (V8 has tiered the engine up); cold = the first 16 edits of a fresh process, after its first evaluation.');
console.log('per-edit = createEngineSession().evaluate(scenario) after an edit: compile or update, latency, capacity, cost, availability, recovery, tradeoffs.');
console.log('parameter edit = one compute component\'s service time or instance count, alternately (16 components spread through the design); structural edit = a cache added beside a compute and a read call to it.');
console.log('naive = re-parse the JSON and evaluate from scratch (compile, latency program, availability), reusing nothing; for the sweep, once per point (timed on every 10th point, × 10).');

