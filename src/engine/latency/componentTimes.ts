import type { CompiledModel } from '../compile/compiledModel';
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

/**
 * Each component's own time per request of one population (`load`: its request path per request,
 * `populationUnitLoads` in scope `requestPath`, so what a queue takes off the path is not counted): the
 * moments of one visit (`visitMoments`) over the calls a request makes to it (`visitedMoments`), in ms
 * and ms². Components off the path, or whose time is nothing, are left out.
 */
export function componentTimes(model: CompiledModel, stations: StationTable, load: LoadResult, ownTime: (c: number) => StepNode | undefined): ComponentTime[] {
  const { topology: t, scenario } = model;
  const times: ComponentTime[] = [];
  for (let c = 0; c < t.componentIds.length; c += 1) {
    const visits = (load.arrivals[c * 2] ?? 0) + (load.arrivals[c * 2 + 1] ?? 0);
    if (visits <= 0) continue;
    const perVisit = visitMoments(model, stations, load, ownTime, c);
    if (perVisit === null || perVisit.meanMs <= 0) continue;
    times.push({ componentId: t.componentIds[c] ?? '', name: scenario.components[c]?.name ?? '', ...visitedMoments(visits, perVisit) });
  }
  return times;
}
