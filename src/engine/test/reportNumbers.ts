import type { Report } from '../report';

/** Every number in a report with its path (`latency.byPopulation.eu.p99Ms`). */
export function reportNumbers(value: unknown, path = '', into: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') into.push([path, value]);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) reportNumbers(item, path ? `${path}.${key}` : key, into);
  return into;
}

/**
 * Figures that may be unbounded, each meaning something definite: a saturation point never reached,
 * a design that nothing limits, a U of exactly 0 (∞ nines), a cost per request at zero load.
 * Percentiles may be infinite only in a summary marked `saturated` (checked separately).
 */
const mayBeInfinite = [
  /^latency\.(overall|byPopulation\.[^.]+)\.saturatesAtRequestsPerSecond$/,
  /^capacity\.maxRequestsPerSecond$/,
  /^availability\.(byPopulation\.[^.]+\.)?nines$/,
  /^cost\.perMillionRequestsUsd$/,
  /^tradeoffs\.rows\.\d+\.values\.(maxRequestsPerSecond|headroomAtPeak|nines|perMillionRequestsUsd)$/,
];
/** Under a summary marked `saturated`: its percentiles, mean and the wait terms explaining them. */
const saturatedFigure = /^(latency\.(?:overall|byPopulation\.[^.]+))\.(?:p50Ms|p95Ms|p99Ms|meanMs|explain\.\d+\.value)$/;
const tradeoffLatency = /^tradeoffs\.rows\.\d+\.values\.p99Ms/;
/** Waterfall rows may be negative: the overlap of parallel calls, a row's share of a percentile below the mean. */
const waterfallRow = /\.waterfall\.\d+\.(?:meanMs|p50Ms|p99Ms)$/;

/** What is wrong with a report's numbers: NaN anywhere, ∞ where no saturation marker explains it, impossible signs. */
export function reportNumberProblems(report: Report): string[] {
  const problems: string[] = [];
  const summaries = [['latency.overall', report.latency.overall] as const, ...Object.entries(report.latency.byPopulation).map(([id, summary]) => [`latency.byPopulation.${id}`, summary] as const)];
  const saturated = new Set<string>(summaries.filter(([, summary]) => summary.saturated).map(([prefix]) => prefix));
  const explained = (path: string) =>
    mayBeInfinite.some((pattern) => pattern.test(path)) || saturated.has(saturatedFigure.exec(path)?.[1] ?? '') || (saturated.size > 0 && tradeoffLatency.test(path));
  for (const [path, value] of reportNumbers(report)) {
    if (Number.isNaN(value)) problems.push(`${path} is NaN`);
    else if (!Number.isFinite(value) && !explained(path)) problems.push(`${path} is ${value}`);
    // Strictly: latency knots are clamped at 0 ms where they are made (`cdfOfGridMasses`), FFT noise included.
    else if (value < 0 && !waterfallRow.test(path) && /Ms$|Usd$|Seconds$|PerSecond$|^capacity\.utilization|availability$|nines$|downtime/.test(path)) problems.push(`${path} is negative (${value})`);
  }
  for (const [prefix, summary] of summaries) {
    for (const column of ['meanMs', 'p50Ms', 'p99Ms'] as const) {
      if (summary.waterfall.length === 0) continue;
      const sum = summary.waterfall.reduce((total, step) => total + step[column], 0);
      if (!(Math.abs(sum - summary[column]) <= 1e-6 * Math.max(1, Math.abs(summary[column])))) problems.push(`${prefix}.waterfall ${column} adds up to ${sum}, not ${summary[column]}`);
    }
  }
  for (const figure of [report.availability, ...Object.values(report.availability.byPopulation)]) {
    if (figure.unavailability < 0 || figure.unavailability > 1) problems.push(`unavailability ${figure.unavailability} outside [0, 1]`);
  }
  return problems;
}
