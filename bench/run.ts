// The SPEC §6 targets of the analytic engine — per-edit recompute and load sweeps — each as p50/p95
// wall-clock times beside a naive baseline measured in this process (`npm run bench` runs it first).
import { compileScenario, createEngineSession, evaluate, evaluatePerformance, planSweep, updateCompiledModel, type CompiledModel } from '../src/engine';
import { parseScenario, type Scenario } from '../src/model';
import { parameterEdit, structuralEdit } from './designEdits';
import { formatBenchRows } from './formatBenchRows';
import { percentile } from './percentile';
import { syntheticScenario } from './syntheticScenario';
import { ratioText, reportTarget } from './targetRows';

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

// SPEC §6 (revised): parameter edit ≤ 2 ms at 100 components, ≤ 5 ms at 1 000; structural ≤ 10 ms and ≤ 50 ms.
for (const [size, repeats, parameterTarget, structuralTarget] of measures('edit') ? ([[100, 200, '≤ 2 ms', '≤ 10 ms'], [1000, 48, '≤ 5 ms', '≤ 50 ms']] as const) : []) {
  const scenario = syntheticScenario(size, 42);
  const parameterEdits = Array.from({ length: 16 }, (_, i) => parameterEdit(scenario, i));
  const structuralEdits = Array.from({ length: 16 }, (_, i) => structuralEdit(scenario, i));
  const session = createEngineSession();
  session.evaluate(scenario);
  const parameter = measure(repeats, (i) => session.evaluate(parameterEdits[i % 16] ?? scenario));
  const structural = measure(Math.max(16, repeats / 4), (i) => session.evaluate(structuralEdits[i % 16] ?? scenario), 4);
  const naive = measure(Math.max(8, repeats / 8), (i) => naiveEvaluate(parameterEdits[i % 16] ?? scenario), 2);
  /** `evaluatePerformance` alone after each of `edits`, the model updated in place as the session does. */
  const performanceOnly = (edits: Scenario[], times: number, warmUp?: number) => {
    let model: CompiledModel = compileScenario(scenario);
    evaluatePerformance(model);
    return measure(times, (i) => evaluatePerformance((model = updateCompiledModel(model, edits[i % 16] ?? scenario))), warmUp);
  };
  const components = scenario.components.length;
  row(`per-edit recompute, ${components} components, parameter edit`, parameter, parameterTarget, naive);
  reportEdit(`engine per edit, ${components} components, parameter edit`, parameter, parameterTarget, naive);
  row(`  of which latency + capacity + cost`, performanceOnly(parameterEdits, repeats), '', null);
  row(`per-edit recompute, ${components} components, structural edit`, structural, structuralTarget, naive);
  reportEdit(`engine per edit, ${components} components, structural edit`, structural, structuralTarget, naive);
  row(`  of which latency + capacity + cost`, performanceOnly(structuralEdits, Math.max(16, repeats / 4), 4), '', null);
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
console.log('per-edit = createEngineSession().evaluate(scenario) after an edit: compile or update, latency, capacity, cost, availability, recovery, tradeoffs.');
console.log('parameter edit = one compute component\'s service time or instance count, alternately (16 components spread through the design); structural edit = a cache added beside a compute and a read call to it.');
console.log('naive = re-parse the JSON and evaluate from scratch (compile, latency program, availability), reusing nothing; for the sweep, once per point (timed on every 10th point, × 10).');

