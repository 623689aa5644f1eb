import type { CompiledModel } from '../compile/compiledModel';
import { contextSite } from '../compile/requestContext';
import { routeWeights } from '../compile/routeWeights';
import { stationConditionalWait, type StationTable } from '../capacity/stations';
import { stationVisitMoments } from '../latency/p99Contributions';
import type { ParameterArray } from '../program/latencyProgram';

/** A recorded step: a leaf, or `'empty'` (a station that takes no time), or null (saturated). */
type StationOutcome = { meanMs: number; varianceMs2: number } | 'empty' | null;

/** What a station visit is at the stations' load: its moments, nothing (no time at all) or saturated. */
export function stationOutcome(stations: StationTable, s: number): StationOutcome {
  if (stations.saturated[s] === 1) return null;
  const moments = stationVisitMoments(stations.waitProbability[s] ?? 0, stationConditionalWait(stations, s), stations.serviceMs[s] ?? 0, stations.serviceCv[s] ?? 1);
  return moments.meanMs > 0 || moments.varianceMs2 > 0 ? moments : 'empty';
}

/**
 * Every number a recording of the request walk (`recordedRequestWalk`) took from the model besides
 * its structure: each parameter element it read, each router's weights, and each station it visited
 * with the leaf it made of it. The walk is a function of the structure and these, so a later model of
 * the same structure whose parameters and route weights read the same, and whose stations are
 * saturated or empty where they were, gives the same tree but for the stations' leaves
 * (`retarget`). O(numbers read) to check.
 */
export class StepInputs<Leaf extends { meanMs: number; varianceMs2: number }> {
  /** The elements read, once each, by parameter array: a later model is checked array by array. */
  private readonly reads = new Map<ParameterArray, { read: Set<number>; indices: number[]; values: Array<number | undefined> }>();
  private readonly routes: Array<{ router: number; edges: readonly number[]; context: number; weights: Float64Array }> = [];
  private readonly stations: number[] = [];
  private readonly leaves: Array<Leaf | 'empty' | null> = [];

  /** Element `index` of parameter array `name` (undefined past its end), noted. */
  read(model: CompiledModel, name: ParameterArray, index: number): number | undefined {
    const value = model.parameters[name][index];
    let reads = this.reads.get(name);
    if (!reads) this.reads.set(name, (reads = { read: new Set(), indices: [], values: [] }));
    // The model holds still while the walk is recorded: an element read again reads the same.
    if (!reads.read.has(index)) {
      reads.read.add(index);
      reads.indices.push(index);
      reads.values.push(value);
    }
    return value;
  }

  /** `routeWeights` of `router` from request context `context`, noted. */
  route(model: CompiledModel, router: number, edges: readonly number[], context: number): Float64Array {
    const weights = routeWeights(model, router, edges, contextSite(model.topology, context));
    this.routes.push({ router, edges, context, weights });
    return weights;
  }

  /** Notes that station s was made into `leaf` (`'empty'` when it takes no time, null when saturated). */
  station(s: number, leaf: Leaf | 'empty' | null): void {
    this.stations.push(s);
    this.leaves.push(leaf);
  }

  /**
   * Whether `model` at `stations` gives the recorded tree but for its stations' moments; if so, sets
   * the stations' leaves to their moments there and returns the leaves whose moments changed (null
   * when the tree would differ: then nothing is changed).
   */
  retarget(model: CompiledModel, stations: StationTable): Leaf[] | null {
    const p = model.parameters;
    for (const [name, { indices, values }] of this.reads) {
      const array = p[name];
      for (let i = 0; i < indices.length; i += 1) if (!Object.is(array[indices[i] ?? 0], values[i])) return null;
    }
    for (const route of this.routes) {
      const weights = routeWeights(model, route.router, route.edges, contextSite(model.topology, route.context));
      if (weights.length !== route.weights.length || weights.some((w, i) => !Object.is(w, route.weights[i]))) return null;
    }
    // A station visited on several paths has a leaf per visit, all at its one outcome.
    const byStation = new Array<StationOutcome | undefined>(stations.component.length);
    const outcomes = this.stations.map((s) => (byStation[s] === undefined ? (byStation[s] = stationOutcome(stations, s)) : byStation[s]) ?? null);
    const sameKind = (outcome: StationOutcome, leaf: Leaf | 'empty' | null) => (outcome === null || outcome === 'empty' ? outcome === leaf : leaf !== null && leaf !== 'empty');
    if (!outcomes.every((outcome, i) => sameKind(outcome, this.leaves[i] ?? null))) return null;
    const changed: Leaf[] = [];
    outcomes.forEach((outcome, i) => {
      const leaf = this.leaves[i];
      if (outcome === null || outcome === 'empty' || leaf === null || leaf === undefined || leaf === 'empty') return;
      if (Object.is(leaf.meanMs, outcome.meanMs) && Object.is(leaf.varianceMs2, outcome.varianceMs2)) return;
      leaf.meanMs = outcome.meanMs;
      leaf.varianceMs2 = outcome.varianceMs2;
      changed.push(leaf);
    });
    return changed;
  }
}
