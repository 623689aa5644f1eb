import type { CompiledModel } from '../compile/compiledModel';
import type { ExplainTerm, LatencyReport, LatencySummary } from '../report';
import type { PathSteps } from '../walk/pathSteps';
import { latencyWaterfall } from './latencyWaterfall';
import { quantileOfCdf, type PiecewiseCdf } from '../spectral/gridMasses';
import type { PopulationDistribution, PopulationDistributions } from '../spectral/populationDistribution';
import { mixtureCdf } from '../spectral/mixtureCdf';
import { p99Contributions, type ComponentTime } from './p99Contributions';

/** Probabilities at which the reported CDF is sampled (201 points, for charts). */
const cdfProbabilities = [0.001, ...Array.from({ length: 199 }, (_, i) => (i + 1) * 0.005), 0.999];

/** Percentiles and mean of a distribution, ms. */
type Percentiles = Pick<LatencySummary, 'p50Ms' | 'p95Ms' | 'p99Ms' | 'meanMs'>;

/** What a summary reads from a distribution: percentiles, mean and the sampled CDF. */
type DistributionFigures = Percentiles & Pick<LatencySummary, 'cdf'>;

function percentilesOf(cdf: PiecewiseCdf, meanMs: number): Percentiles {
  return { p50Ms: quantileOfCdf(cdf, 0.5), p95Ms: quantileOfCdf(cdf, 0.95), p99Ms: quantileOfCdf(cdf, 0.99), meanMs };
}

function figuresOf(cdf: PiecewiseCdf, meanMs: number): DistributionFigures {
  return { ...percentilesOf(cdf, meanMs), cdf: cdfProbabilities.map((q) => [quantileOfCdf(cdf, q), q]) };
}

const infinite = Number.POSITIVE_INFINITY;
/** A saturated path's figures: every request waits without end. */
const saturatedPercentiles: Percentiles = { p50Ms: infinite, p95Ms: infinite, p99Ms: infinite, meanMs: infinite };
/** The figures of a design no population with a share reaches. */
const noPercentiles: Percentiles = { p50Ms: 0, p95Ms: 0, p99Ms: 0, meanMs: 0 };

/** Figures per distribution: a population whose distribution an edit left alone keeps its object (see `LatencyProgramRunner`). */
const figuresCache = new WeakMap<PopulationDistribution, DistributionFigures>();

function cachedFigures(distribution: PopulationDistribution): DistributionFigures {
  let figures = figuresCache.get(distribution);
  if (!figures) {
    figures = figuresOf(distribution.cdf, distribution.meanMs);
    figuresCache.set(distribution, figures);
  }
  return figures;
}

/** The latest p99 split per component times array (`componentTimes` keeps a population's array while its entries hold), with the figures it split. */
const splitCache = new WeakMap<readonly ComponentTime[], { figures: DistributionFigures; terms: ExplainTerm[] }>();

/** `p99Contributions` of `figures` over `times`, reused while both are the same objects. */
function p99Split(figures: DistributionFigures, times: readonly ComponentTime[]): ExplainTerm[] {
  if (times.length === 0) return [];
  const cached = splitCache.get(times);
  if (cached?.figures === figures) return cached.terms;
  const terms = p99Contributions(figures.p99Ms, figures.meanMs, times);
  splitCache.set(times, { figures, terms });
  return terms;
}

function summaryOf(figures: DistributionFigures, saturatesAtRequestsPerSecond: number, explain: ExplainTerm[], times: readonly ComponentTime[] = [], waterfall: LatencySummary['waterfall'] = []): LatencySummary {
  const p99Breakdown = p99Split(figures, times);
  return { ...figures, saturated: false, saturatesAtRequestsPerSecond, explain, p99Breakdown, waterfall };
}

function saturatedSummary(saturatesAtRequestsPerSecond: number, explain: ExplainTerm[]): LatencySummary {
  return { ...saturatedPercentiles, cdf: [], saturated: true, saturatesAtRequestsPerSecond, explain, p99Breakdown: [], waterfall: [] };
}

type WeightedDistribution = { weight: number; distribution: PopulationDistribution };

/** The mixture Σ wᵢ Fᵢ of population distributions (weights sum to 1), exact on the union of their CDF knots. */
function mixtureOf(parts: readonly WeightedDistribution[]): PopulationDistribution {
  const cdf = mixtureCdf(parts.map((part) => ({ weight: part.weight, cdf: part.distribution.cdf })));
  return { cdf, meanMs: parts.reduce((sum, part) => sum + part.weight * part.distribution.meanMs, 0) };
}

/**
 * The parts of the overall distribution: each population's distribution weighted by its share of the
 * populations that have one (none with a share: empty); null when a population is saturated.
 */
function overallParts(model: CompiledModel, distributions: PopulationDistributions): WeightedDistribution[] | null {
  if (distributions.some((d) => d === null)) return null;
  const shares = model.parameters.populationShare;
  const parts = distributions.flatMap((d, p) => (d !== null && (shares[p] ?? 0) > 0 ? [{ weight: shares[p] ?? 0, distribution: d }] : []));
  const totalShare = parts.reduce((sum, part) => sum + part.weight, 0);
  return parts.map((part) => ({ weight: part.weight / totalShare, distribution: part.distribution }));
}

/** The latest overall figures per first population distribution, with the mixture they came from. */
const overallCache = new WeakMap<PopulationDistribution, { parts: WeightedDistribution[]; figures: DistributionFigures }>();

/** Figures of the mixture Σ wᵢ Fᵢ of population distributions (weights sum to 1), reused while neither changes. */
function overallFigures(parts: WeightedDistribution[]): DistributionFigures {
  const first = parts[0];
  if (parts.length === 1 && first) return cachedFigures(first.distribution);
  const cached = first ? overallCache.get(first.distribution) : undefined;
  if (cached && cached.parts.length === parts.length && cached.parts.every((part, i) => part.weight === parts[i]?.weight && part.distribution === parts[i]?.distribution)) return cached.figures;
  const mixed = mixtureOf(parts);
  const figures = figuresOf(mixed.cdf, mixed.meanMs);
  if (first) overallCache.set(first.distribution, { parts, figures });
  return figures;
}

/** Inputs of the latency section besides the distributions: per-population saturation loads and explain terms. */
export interface LatencyInputs {
  model: CompiledModel;
  /** Each population's distribution (null: saturated), from `LatencyProgramRunner.run` or `referenceDistributions`. */
  distributions: PopulationDistributions;
  /** Offered load at which each population's path saturates, requests/s. */
  saturatesAtRequestsPerSecond: Float64Array;
  /** Explain terms per population (what its requests pass through). */
  explainByPopulation: ExplainTerm[][];
  /** Each population's own time per component (`componentTimes`), to split its p99; none: no breakdown (sweeps). */
  componentTimesByPopulation?: ReadonlyArray<readonly ComponentTime[]>;
  /** Each population's path, step by step (`pathSteps`), for its waterfall; none: no waterfall (sweeps). */
  stepsByPopulation?: ReadonlyArray<PathSteps | null>;
}

/**
 * The latency section (SPEC §2.1): each population's p50/p95/p99/mean and a 201-point CDF, read from
 * its distribution; overall = the mixture of populations by share (exact on the union of their CDF
 * knots), saturated as soon as one population is.
 */
export function evaluateLatency(inputs: LatencyInputs): LatencyReport {
  const { model, distributions } = inputs;
  const byPopulation: Record<string, LatencySummary> = {};
  distributions.forEach((distribution, p) => {
    const id = model.topology.populationIds[p] ?? String(p);
    const saturatesAt = inputs.saturatesAtRequestsPerSecond[p] ?? Number.POSITIVE_INFINITY;
    const explain = inputs.explainByPopulation[p] ?? [];
    if (distribution === null) {
      byPopulation[id] = saturatedSummary(saturatesAt, explain);
      return;
    }
    const figures = cachedFigures(distribution);
    const steps = inputs.stepsByPopulation?.[p];
    byPopulation[id] = summaryOf(figures, saturatesAt, explain, inputs.componentTimesByPopulation?.[p], steps ? latencyWaterfall(model, steps, figures) : []);
  });
  const overallSaturatesAt = Math.min(Number.POSITIVE_INFINITY, ...Array.from(inputs.saturatesAtRequestsPerSecond));
  const parts = overallParts(model, distributions);
  if (parts === null) return { overall: saturatedSummary(overallSaturatesAt, []), byPopulation };
  if (parts.length === 0) return { overall: summaryOf({ ...noPercentiles, cdf: cdfProbabilities.map((q) => [0, q]) }, overallSaturatesAt, []), byPopulation };
  return { overall: summaryOf(overallFigures(parts), overallSaturatesAt, []), byPopulation };
}

/** What a sweep point shows of the latency: the overall percentiles and mean, and whether a population is saturated. */
export type OverallLatency = Percentiles & Pick<LatencySummary, 'saturated'>;

/**
 * The overall figures `evaluateLatency` reports for `distributions`, bit for bit (the same mixture, the
 * same quantiles), without the populations' summaries or the sampled CDF, which a sweep point does not show.
 */
export function overallLatency(model: CompiledModel, distributions: PopulationDistributions): OverallLatency {
  const parts = overallParts(model, distributions);
  if (parts === null) return { ...saturatedPercentiles, saturated: true };
  if (parts.length === 0) return { ...noPercentiles, saturated: false };
  const overall = parts.length === 1 ? (parts[0] as WeightedDistribution).distribution : mixtureOf(parts);
  return { ...percentilesOf(overall.cdf, overall.meanMs), saturated: false };
}
