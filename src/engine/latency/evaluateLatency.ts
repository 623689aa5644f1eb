import type { CallPlans } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import type { StationTable } from '../capacity/stations';
import type { ExplainTerm, LatencyReport, LatencySummary } from '../report';
import { cdfAt, cdfOfGridMasses, meanOfGridMasses, quantileOfCdf, type PiecewiseCdf } from './gridMasses';
import { chooseLatencyGrid } from './latencyGrid';
import { LatencyWalk } from './latencyWalk';
import { MomentAlgebra, supportWidthMs } from './momentAlgebra';
import { SpectralAlgebra } from './spectralAlgebra';

/** Probabilities at which the reported CDF is sampled (201 points, for charts). */
const cdfProbabilities = [0.001, ...Array.from({ length: 199 }, (_, i) => (i + 1) * 0.005), 0.999];

interface PopulationDistribution {
  cdf: PiecewiseCdf;
  meanMs: number;
}

function summaryOf(cdf: (q: number) => number, meanMs: number, saturatesAtRequestsPerSecond: number, explain: ExplainTerm[]): LatencySummary {
  return {
    p50Ms: cdf(0.5),
    p95Ms: cdf(0.95),
    p99Ms: cdf(0.99),
    meanMs,
    cdf: cdfProbabilities.map((q) => [cdf(q), q]),
    saturated: false,
    saturatesAtRequestsPerSecond,
    explain,
  };
}

function saturatedSummary(saturatesAtRequestsPerSecond: number, explain: ExplainTerm[]): LatencySummary {
  const infinite = Number.POSITIVE_INFINITY;
  return { p50Ms: infinite, p95Ms: infinite, p99Ms: infinite, meanMs: infinite, cdf: [], saturated: true, saturatesAtRequestsPerSecond, explain };
}

/**
 * The mixture Σ wᵢFᵢ of piecewise-linear CDFs (weights sum to 1): piecewise linear on the union of
 * their knots, so evaluating it at every knot is exact.
 */
function mixtureCdf(parts: ReadonlyArray<{ weight: number; cdf: PiecewiseCdf }>): PiecewiseCdf {
  const knots = Float64Array.from(parts.flatMap((part) => Array.from(part.cdf.timesMs))).sort();
  const cumulative = knots.map((t) => parts.reduce((sum, part) => sum + part.weight * cdfAt(part.cdf, t), 0));
  return { timesMs: knots, cumulative };
}

/** Inputs the latency section needs besides the model: plans, stations and per-population saturation loads. */
export interface LatencyInputs {
  model: CompiledModel;
  plans: CallPlans;
  stations: StationTable;
  /** Offered load at which each population's path saturates, requests/s. */
  saturatesAtRequestsPerSecond: Float64Array;
  /** Explain terms per population (what its requests pass through). */
  explainByPopulation: ExplainTerm[][];
}

/**
 * Latency distributions per population and overall (SPEC §2.1). Two passes over the same walk:
 * a moment pass finds saturated paths and the widest support, which sizes a spectral grid
 * (`chooseLatencyGrid`); the spectral pass builds each population's distribution (reads and writes
 * mixed by readFraction), read out as p50/p95/p99/mean and a 201-point CDF. Overall = the mixture of
 * populations by share (exact on the union of their CDF knots); saturated as soon as one population is.
 */
export function evaluateLatency(inputs: LatencyInputs): LatencyReport {
  const { model, plans, stations } = inputs;
  const populations = model.topology.populationIds.length;
  const readFraction = model.parameters.readFraction;
  const classWeights = [readFraction, 1 - readFraction];
  const moments = new MomentAlgebra();
  const momentWalk = new LatencyWalk(model, plans, stations, moments);
  const saturated: boolean[] = [];
  let narrowest = Number.POSITIVE_INFINITY;
  for (let p = 0; p < populations; p += 1) {
    const parts = [momentWalk.population(p, 0), momentWalk.population(p, 1)];
    const isSaturated = parts.some((part, k) => part === null && (classWeights[k] ?? 0) > 0);
    saturated.push(isSaturated);
    if (isSaturated) continue;
    const kept = parts.flatMap((part, k) => (part !== null && (classWeights[k] ?? 0) > 0 ? [{ part, weight: classWeights[k] ?? 0 }] : []));
    const mixed = moments.mixture(kept.map((x) => x.weight), kept.map((x) => x.part));
    narrowest = Math.min(narrowest, supportWidthMs(mixed));
  }
  const grid = chooseLatencyGrid(moments.maxWidthMs, Number.isFinite(narrowest) ? narrowest : 1);
  const spectral = new SpectralAlgebra(grid.size, grid.stepMs, moments.operations + 4 * populations + 8);
  const spectralWalk = new LatencyWalk(model, plans, stations, spectral);
  const distributions: Array<PopulationDistribution | null> = [];
  const byPopulation: Record<string, LatencySummary> = {};
  for (let p = 0; p < populations; p += 1) {
    const id = model.topology.populationIds[p] ?? String(p);
    const saturatesAt = inputs.saturatesAtRequestsPerSecond[p] ?? Number.POSITIVE_INFINITY;
    const explain = inputs.explainByPopulation[p] ?? [];
    if (saturated[p]) {
      distributions.push(null);
      byPopulation[id] = saturatedSummary(saturatesAt, explain);
      continue;
    }
    const kept = [0, 1].flatMap((k) => {
      const part = (classWeights[k] ?? 0) > 0 ? spectralWalk.population(p, k) : null;
      return part === null ? [] : [{ part, weight: classWeights[k] ?? 0 }];
    });
    const mixed = spectral.mixture(kept.map((x) => x.weight), kept.map((x) => x.part));
    const masses = spectral.toGridMasses(mixed);
    const cdf = cdfOfGridMasses(masses);
    const distribution = { cdf, meanMs: meanOfGridMasses(masses) };
    distributions.push(distribution);
    byPopulation[id] = summaryOf((q) => quantileOfCdf(cdf, q), distribution.meanMs, saturatesAt, explain);
  }
  const overallSaturatesAt = Math.min(Number.POSITIVE_INFINITY, ...Array.from(inputs.saturatesAtRequestsPerSecond));
  const shares = model.parameters.populationShare;
  const parts = distributions.flatMap((d, p) => (d !== null && (shares[p] ?? 0) > 0 ? [{ weight: shares[p] ?? 0, d }] : []));
  const totalShare = parts.reduce((sum, part) => sum + part.weight, 0);
  if (saturated.some(Boolean)) return { overall: saturatedSummary(overallSaturatesAt, []), byPopulation };
  if (parts.length === 0) return { overall: summaryOf(() => 0, 0, overallSaturatesAt, []), byPopulation };
  const overall = mixtureCdf(parts.map((part) => ({ weight: part.weight / totalShare, cdf: part.d.cdf })));
  const meanMs = parts.reduce((sum, part) => sum + (part.weight / totalShare) * part.d.meanMs, 0);
  return { overall: summaryOf((q) => quantileOfCdf(overall, q), meanMs, overallSaturatesAt, []), byPopulation };
}
