// CPU per load-sweep point, as a pool worker computes them (`createSweepPlanner`, then chunks of points),
// for profiling (`node --cpu-prof --import tsx bench/sweepPoints.ts 1000`), and the points themselves for
// checking that an engine change changes no figure (`npx tsx bench/sweepPoints.ts dump > before.json`).
// Each round sweeps the design after a new parameter edit (bench/designEdits.ts), 100 points in chunks of 8.
import { createSweepPlanner } from '../src/engine';
import type { SweepPoint } from '../src/engine/sweep/sweepPoint';
import { parameterEdit, structuralEdit } from './designEdits';
import { syntheticScenario } from './syntheticScenario';

const pointsPerSweep = 100;
const chunkPoints = 8;

/** The 100 points of the load sweep of `scenario`, planned by `planner` and computed in chunks. */
function sweep(planner: ReturnType<typeof createSweepPlanner>, scenario: Parameters<typeof parameterEdit>[0]): SweepPoint[] {
  const plan = planner(scenario, 'load', pointsPerSweep);
  if (!plan) throw new Error('nothing to sweep');
  const points: SweepPoint[] = [];
  for (let i = 0; i < plan.values.length; i += chunkPoints) points.push(...plan.run(plan.values.slice(i, i + chunkPoints)));
  return points;
}

if (process.argv[2] === 'dump') {
  // Sweeps after parameter and structural edits at 100 and 1 000 components, in one planner each (as a worker keeps it).
  const dump: Record<string, SweepPoint[]> = {};
  for (const components of [100, 1000]) {
    const base = syntheticScenario(components, 42);
    const planner = createSweepPlanner();
    dump[`${components} base`] = sweep(planner, base);
    for (let i = 0; i < 3; i += 1) dump[`${components} parameter ${i}`] = sweep(planner, parameterEdit(base, i));
    dump[`${components} structural`] = sweep(planner, structuralEdit(base, 0));
  }
  // JSON keeps Infinity as null: write it out so saturated points compare exactly.
  console.log(JSON.stringify(dump, (_, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 1));
} else {
  const components = Number(process.argv[2] ?? 1000);
  const seconds = Number(process.argv[3] ?? 8);
  const base = syntheticScenario(components, 42);
  const planner = createSweepPlanner();
  let edit = 0;
  for (; edit < 2; edit += 1) sweep(planner, parameterEdit(base, edit)); // warm-up, untimed
  // CPU time rather than wall clock: on a machine shared with other work it is what load changes least.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const startMs = performance.now();
  const startCpuMs = cpuMs();
  let points = 0;
  while (performance.now() - startMs < seconds * 1000) {
    points += sweep(planner, parameterEdit(base, edit)).length;
    edit += 1;
  }
  console.log(`${components} components: ${points} points, ${((cpuMs() - startCpuMs) / points).toFixed(2)} CPU ms per point (${((performance.now() - startMs) / points).toFixed(2)} wall)`);
}
