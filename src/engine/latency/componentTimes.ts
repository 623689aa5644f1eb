import type { CompiledModel, CompiledTopology } from '../compile/compiledModel';
import type { LoadRunner } from '../capacity/loadRunner';
import { populationLoads, type LoadResult, type LoadScope } from '../capacity/propagateLoad';
import { stationConditionalWait, type StationTable } from '../capacity/stations';
import type { RecordedWalk, StepNode } from '../walk/stepRecorder';
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

/** One visit's own time at database c: its copies' stations mixed by the operations each serves in `load`; null when it serves none. */
function databaseVisitMoments(model: CompiledModel, stations: StationTable, load: LoadResult, c: number): DelayMomentsMs | null {
  const t = model.topology;
  const first = stations.start[c] ?? 0;
  const copies = t.copyCount[c] ?? 0;
  const served = Array.from({ length: copies }, (_, j) => load.copyArrivals[(t.copyStart[c] ?? 0) + j] ?? 0);
  const total = served.reduce((sum, x) => sum + x, 0);
  if (total <= 0) return null;
  return mixtureMoments(served.map((x) => x / total), served.map((_, j) => stationMoments(stations, first + j)));
}

/**
 * One visit's own time at component c, any kind but a database: what the request walk builds for it
 * (`ownTime`: a fleet's or cache's station, a serverless cold start, a router's, storage's or external
 * API's service time). Null for kinds whose own time is a lookup or a fixed delay (DNS, CDN, queue):
 * those stay with the network.
 */
function ownVisitMoments(t: CompiledTopology, recorded: RecordedWalk, c: number): DelayMomentsMs | null {
  const kind = t.kinds[c];
  if (kind === 'dns' || kind === 'cdn' || kind === 'queue') return null;
  const own = recorded.ownTime(c);
  return own === undefined ? null : ownTimeMoments(own);
}

/** Each component's moments per visit at one revision of a recording (`RecordedWalk`): all but databases', which read the load. */
interface PerVisitTable {
  revision: number;
  perVisit: Array<DelayMomentsMs | null>;
  /** The components whose own time holds each leaf, to redo only those a retargeting changed. */
  owners: Map<StepNode, number[]>;
}

/** The per-visit table of each recording, at its latest revision. */
const perVisitTables = new WeakMap<RecordedWalk, PerVisitTable>();

/** The leaves of each component's own time in `recorded`, with the components each belongs to. */
function leafOwners(recorded: RecordedWalk, components: number): Map<StepNode, number[]> {
  const owners = new Map<StepNode, number[]>();
  for (let c = 0; c < components; c += 1) {
    const own = recorded.ownTime(c);
    const stack = own === undefined ? [] : [own];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.type !== 'leaf') stack.push(...node.parts);
      else if (owners.get(node)?.includes(c) !== true) owners.set(node, [...(owners.get(node) ?? []), c]);
    }
  }
  return owners;
}

/**
 * Each component's moments per visit (`ownVisitMoments`) but a database's (null for those), at the
 * recording's current leaves. A visit's own time at any component but a database is a function of its
 * own-time tree alone, whose shape a recording keeps and whose leaves only `retarget` moves, naming them
 * (`changedLeaves`, one revision at a time): the next revision redoes only the components owning a
 * changed leaf; any other (a new recording, revisions skipped) redoes all.
 */
function perVisitTable(t: CompiledTopology, recorded: RecordedWalk): PerVisitTable {
  const n = t.componentIds.length;
  const own = (c: number) => (t.kinds[c] === 'database' ? null : ownVisitMoments(t, recorded, c));
  const kept = perVisitTables.get(recorded);
  if (kept && kept.revision === recorded.revision) return kept;
  if (kept && kept.revision === recorded.revision - 1) {
    for (const leaf of recorded.changedLeaves) for (const c of kept.owners.get(leaf) ?? []) kept.perVisit[c] = own(c);
    kept.revision = recorded.revision;
    return kept;
  }
  const table = { revision: recorded.revision, perVisit: Array.from({ length: n }, (_, c) => own(c)), owners: leafOwners(recorded, n) };
  perVisitTables.set(recorded, table);
  return table;
}

/** The latest component times per topology and population: an unchanged population keeps its array (and its p99 split, `p99Contributions`). */
const latestTimes = new WeakMap<CompiledTopology, Array<readonly ComponentTime[] | undefined>>();

/**
 * Each population's own time per component (`loads[p]`: its request path per request,
 * `populationUnitLoads` in scope `requestPath`, so what a queue takes off the path is not counted): the
 * moments of one visit (`databaseVisitMoments`, `perVisitTable`) over the calls a request makes to it (`visitedMoments`), in ms
 * and ms². Components off the path, or whose time is nothing, are left out. A visit's moments at a
 * component other than a database read no load, so they are computed once for all populations and kept
 * with the recording while its leaves hold (`perVisitTable`); a
 * population whose times equal, entry by entry, those it had at the previous evaluation of the same
 * topology keeps that array.
 */
export function componentTimes(model: CompiledModel, stations: StationTable, loads: readonly LoadResult[], recorded: RecordedWalk): Array<readonly ComponentTime[]> {
  const { topology: t, scenario } = model;
  const latest = latestTimes.get(t) ?? [];
  latestTimes.set(t, latest);
  const { perVisit: shared } = perVisitTable(t, recorded);
  const perVisitAt = (load: LoadResult, c: number): DelayMomentsMs | null => (t.kinds[c] === 'database' ? databaseVisitMoments(model, stations, load, c) : (shared[c] ?? null));
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
