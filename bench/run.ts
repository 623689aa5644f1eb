// npm run bench: per-edit recompute and load sweeps (SPEC §6), each beside a naive baseline in this process.
import { compileScenario, evaluatePerformance, sweepLoad, updateCompiledModel, withRequestsPerSecond, type CompiledModel } from '../src/engine';
import { parseScenario, type Scenario } from '../src/model';
import { syntheticScenario } from './syntheticScenario';

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function measure(repeats: number, run: (i: number) => void): { p50: number; p95: number } {
  for (let i = 0; i < Math.min(20, repeats); i += 1) run(i);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

/** The scenario with one compute component's service time changed: a parameter-only edit. */
function edited(scenario: Scenario, i: number): Scenario {
  const computes = scenario.components.filter((c) => c.kind === 'compute');
  const target = computes[i % computes.length]?.id;
  return { ...scenario, components: scenario.components.map((c) => (c.id === target && c.kind === 'compute' ? { ...c, serviceTimeMs: 1 + (i % 7) } : c)) };
}

function naiveEvaluate(scenario: Scenario): void {
  const parsed = parseScenario(JSON.stringify(scenario));
  if (!parsed.ok) throw new Error('invalid');
  evaluatePerformance(compileScenario(parsed.scenario));
}

const format = (ms: number) => `${ms.toFixed(3)} ms`;
const rows: string[][] = [];

for (const [size, repeats, target] of [[100, 300, 0.5], [1000, 60, 5]] as const) {
  const scenario = syntheticScenario(size, 42);
  const edits = Array.from({ length: 16 }, (_, i) => edited(scenario, i));
  let model: CompiledModel = compileScenario(scenario);
  const fast = measure(repeats, (i) => {
    model = updateCompiledModel(model, edits[i % edits.length] ?? scenario);
    evaluatePerformance(model);
  });
  const naive = measure(Math.max(10, repeats / 4), (i) => naiveEvaluate(edits[i % edits.length] ?? scenario));
  rows.push([`per-edit recompute, ${scenario.components.length} components`, format(fast.p50), format(fast.p95), `≤ ${target} ms`, format(naive.p95), `${(naive.p95 / fast.p95).toFixed(1)}×`]);
}

{
  const scenario = syntheticScenario(1000, 42);
  const model = compileScenario(scenario);
  const loads = Array.from({ length: 100 }, (_, i) => 10 + i * 30);
  const fast = measure(5, () => sweepLoad(model, loads));
  const naive = measure(3, () => {
    for (const x of loads) naiveEvaluate({ ...scenario, workload: { ...scenario.workload, requestsPerSecond: x } });
  });
  rows.push([`sweep 100 loads × ${scenario.components.length} components`, format(fast.p50), format(fast.p95), '≤ 100 ms', format(naive.p95), `${(naive.p95 / fast.p95).toFixed(1)}×`]);
  const last = sweepLoad(withRequestsPerSecond(model, 1), [loads[loads.length - 1] ?? 0])[0];
  console.log(`(sweep sanity: p99 at ${last?.x} req/s = ${last?.p99Ms.toFixed(1)} ms, busiest station at ${((last?.maxUtilization ?? 0) * 100).toFixed(0)} %)`);
}

const header = ['benchmark (one core)', 'p50', 'p95', 'target', 'naive p95', 'speed-up'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
console.log('naive = re-parse the JSON, recompile the topology and re-propagate traffic on every edit or point.');
