import type { CompiledModel, CompiledTopology } from '../compile/compiledModel';
import type { LoadRunner } from '../capacity/loadRunner';
import { populationLoads, type LoadResult, type LoadScope } from '../capacity/propagateLoad';
import { stationConditionalWait, type StationTable } from '../capacity/stations';
import type { StepNode } from '../walk/stepRecorder';
import { stationVisitMoments, visitedMoments, type ComponentTime, type DelayMomentsMs } from './p99Contributions';

/**
 * Load per request of each population alone (`populationLoads` at the design's read fraction), following
 * `scope`: all the traffic a request causes, or only its request path (`LoadScope`). Kept per structure
 * while its inputs hold: `populationUnitLoadsOf`.
 */
export function populationUnitLoads(runner: LoadRunner, scope: LoadScope): LoadResult[] {
  const readFraction = runner.model.parameters.readFraction;
  return populationLoads(runner, scope, [readFraction, 1 - readFraction]);
}

/**
 * Components each population reaches, whatever its share: `reach[p * n + c]` = 1 when row p of its own
 * load (`populationUnitLoads`, in either scope) has it. The mixed traffic (`propagateLoad`) records no
 * path for a population of share 0, since it sends nothing; yet its latency is still that of a request
 * of it (the latency program walks every population), so its explain terms and saturation load are
 * taken from its own request path, as at zero offered load, and the stores its traffic reaches are
 * checked against its residency.
 */
export function populationReach(loads: readonly LoadResult[], components: number): Uint8Array {
  const reach = new Uint8Array(loads.length * components);
  loads.forEach((load, p) => reach.set(load.reach.subarray(p * components, (p + 1) * components), p * components));
  return reach;
}

/** Moments of a mixture: Σwᵢμᵢ and Σwᵢ(σᵢ² + μᵢ²) − mean² (weights sum to 1). */
function mixtureMoments(weights: readonly number[], parts: readonly DelayMomentsMs[]): DelayMomentsMs {
  let meanMs = 0;
  let secondMs2 = 0;
  parts.forEach((part, i) => {
    const w = weights[i] ?? 0;
    meanMs += w * part.meanMs;
    secondMs2 += w * (part.varianceMs2 + part.meanMs * part.meanMs);
  });
  return { meanMs, varianceMs2: Math.max(0, secondMs2 - meanMs * meanMs) };
}

function stationMoments(stations: StationTable, s: number): DelayMomentsMs {
  return stationVisitMoments(stations.waitProbability[s] ?? 0, stationConditionalWait(stations, s), stations.serviceMs[s] ?? 0, stations.serviceCv[s] ?? 1);
}

/**
 * Moments of a recorded own time (`RecordedWalk.ownTime`): a leaf's; a sequence adds means and
 * variances (independent parts); a mixture Σwᵢμᵢ and Σwᵢ(σᵢ² + μᵢ²) − mean², except a part taken only
 * sometimes (with probability w, else nothing: a cold start), whose variance is w·σ² + w(1 − w)·μ².
 */
function ownTimeMoments(node: StepNode): DelayMomentsMs {
  const parts = node.parts.map(ownTimeMoments);
  switch (node.type) {
    case 'leaf':
      return { meanMs: node.meanMs, varianceMs2: node.varianceMs2 };
    case 'sequence':
      return parts.reduce((sum, part) => ({ meanMs: sum.meanMs + part.meanMs, varianceMs2: sum.varianceMs2 + part.varianceMs2 }), { meanMs: 0, varianceMs2: 0 });
    case 'mixture': {
      const taken = node.parts.findIndex((part) => part.type !== 'sequence' || part.parts.length > 0);
      const sometimes = node.parts.length === 2 && node.parts.every((part, i) => i === taken || (part.type === 'sequence' && part.parts.length === 0));
      const w = node.factors[taken] ?? 0;
      const part = parts[taken];
      if (sometimes && part) return { meanMs: w * part.meanMs, varianceMs2: w * part.varianceMs2 + w * (1 - w) * part.meanMs * part.meanMs };
      return mixtureMoments(node.factors, parts);
    }
    default:
      throw new RangeError(`an own time has no ${node.type} node`);
  }
}

/**
 * One visit's own time at component c: what the request walk builds for it (`ownTime`: a fleet's or
 * cache's station, a serverless cold start, a router's, storage's or external API's service time),
 * or, for a database, its copies mixed by the operations each serves in `load`. Null for kinds whose
 * own time is a lookup or a fixed delay (DNS, CDN, queue): those stay with the network.
 */
function visitMoments(model: CompiledModel, stations: StationTable, load: LoadResult, ownTime: (c: number) => StepNode | undefined, c: number): DelayMomentsMs | null {
  const t = model.topology;
  const kind = t.kinds[c];
  if (kind === 'dns' || kind === 'cdn' || kind === 'queue') return null;
  if (kind === 'database') {
    const first = stations.start[c] ?? 0;
    const copies = t.copyCount[c] ?? 0;
    const served = Array.from({ length: copies }, (_, j) => load.copyArrivals[(t.copyStart[c] ?? 0) + j] ?? 0);
    const total = served.reduce((sum, x) => sum + x, 0);
    if (total <= 0) return null;
    return mixtureMoments(served.map((x) => x / total), served.map((_, j) => stationMoments(stations, first + j)));
  }
  const own = ownTime(c);
  return own === undefined ? null : ownTimeMoments(own);
}

/** The latest component times per topology and population: an unchanged population keeps its array (and its p99 split, `p99Contributions`). */
const latestTimes = new WeakMap<CompiledTopology, Array<readonly ComponentTime[] | undefined>>();

/**
 * Each population's own time per component (`loads[p]`: its request path per request,
 * `populationUnitLoads` in scope `requestPath`, so what a queue takes off the path is not counted): the
 * moments of one visit (`visitMoments`) over the calls a request makes to it (`visitedMoments`), in ms
 * and ms². Components off the path, or whose time is nothing, are left out. A visit's moments at a
 * component other than a database read no load, so they are computed once for all populations; a
 * population whose times equal, entry by entry, those it had at the previous evaluation of the same
 * topology keeps that array.
 */
export function componentTimes(model: CompiledModel, stations: StationTable, loads: readonly LoadResult[], ownTime: (c: number) => StepNode | undefined): Array<readonly ComponentTime[]> {
  const { topology: t, scenario } = model;
  const latest = latestTimes.get(t) ?? [];
  latestTimes.set(t, latest);
  const shared = new Map<number, DelayMomentsMs | null>();
  const perVisitAt = (load: LoadResult, c: number): DelayMomentsMs | null => {
    if (t.kinds[c] === 'database') return visitMoments(model, stations, load, ownTime, c);
    let perVisit = shared.get(c);
    if (perVisit === undefined) shared.set(c, (perVisit = visitMoments(model, stations, load, ownTime, c)));
    return perVisit;
  };
  return loads.map((load, p) => {
    const previous = latest[p];
    // Entries are made only from the first one that differs from the previous array's.
    let times: ComponentTime[] | null = null;
    let count = 0;
    for (let c = 0; c < t.componentIds.length; c += 1) {
      const visits = (load.arrivals[c * 2] ?? 0) + (load.arrivals[c * 2 + 1] ?? 0);
      if (visits <= 0) continue;
      const perVisit = perVisitAt(load, c);
      if (perVisit === null || perVisit.meanMs <= 0) continue;
      const moments = visitedMoments(visits, perVisit);
      const componentId = t.componentIds[c] ?? '';
      const name = scenario.components[c]?.name ?? '';
      const old = times === null ? previous?.[count] : undefined;
      count += 1;
      if (old && old.componentId === componentId && old.name === name && Object.is(old.meanMs, moments.meanMs) && Object.is(old.varianceMs2, moments.varianceMs2)) continue;
      times ??= previous ? previous.slice(0, count - 1) : [];
      times.push({ componentId, name, ...moments });
    }
    if (times === null && previous !== undefined && previous.length === count) return previous;
    const kept = times ?? (previous ?? []).slice(0, count);
    latest[p] = kept;
    return kept;
  });
}
