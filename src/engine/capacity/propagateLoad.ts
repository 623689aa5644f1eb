import type { CallPlans } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import { emptyLoadResult, type LoadResult, type LoadScope } from './loadResult';
import { LoadRunner } from './loadRunner';

export type { LoadResult, LoadScope } from './loadResult';

/** The load of `requestsPerSecond(population, class)` for every population and class, one walk at a time. */
function walkedLoad(runner: LoadRunner, scope: LoadScope, requestsPerSecond: (population: number, classIndex: number) => number): LoadResult {
  const result = emptyLoadResult(runner.model);
  for (let population = 0; population < runner.model.topology.populationIds.length; population += 1) {
    for (let classIndex = 0; classIndex < 2; classIndex += 1) {
      const amount = requestsPerSecond(population, classIndex);
      if (amount > 0) runner.run(result, population, classIndex, amount, scope);
    }
  }
  return result;
}

/**
 * Offered load on every component and edge (SPEC §2.2): the request walk run as load (`LoadRunner`) for
 * each population and class, at population share × class share (reads / writes), so that routing
 * shares, callsPerRequest, cache and CDN misses and fan-out follow the walk's own rules. Computed for
 * 1 request/s entering the design; `scope` `requestPath` keeps only what requests wait for (`LoadScope`).
 */
export function propagateLoad(model: CompiledModel, plans: CallPlans, scope: LoadScope = 'traffic'): LoadResult {
  return mixedLoad(new LoadRunner(model, plans), scope);
}

/** `propagateLoad` on a walk already built (`LoadRunner`: one walk serves every load of its model). */
export function mixedLoad(runner: LoadRunner, scope: LoadScope): LoadResult {
  const p = runner.model.parameters;
  const classShares = [p.readFraction, 1 - p.readFraction];
  return walkedLoad(runner, scope, (population, classIndex) => (p.populationShare[population] ?? 0) * (classShares[classIndex] ?? 0));
}

/**
 * The load of each population alone at 1 request/s, split into classes by `classShares` ([reads,
 * writes]): the model is linear in each population's traffic, so these add up, weighted by population
 * share, to `propagateLoad`'s in `scope`. The runner's one walk serves all of them.
 */
export function populationLoads(runner: LoadRunner, scope: LoadScope, classShares: readonly [number, number]): LoadResult[] {
  return runner.model.topology.populationIds.map((_, q) => walkedLoad(runner, scope, (population, classIndex) => (population === q ? (classShares[classIndex] ?? 0) : 0)));
}
