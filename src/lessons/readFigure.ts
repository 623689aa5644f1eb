import type { AvailabilityFigure, LatencySummary, Report } from '../engine';
import { availabilityPercent } from '../format';
import type { AvailabilityMetric, FigureRef } from '../model';

/**
 * A figure read from a report: its value in the figure's unit (and, where the value cannot carry it,
 * the figure as people must read it: availability from U, which 100 − 100·U loses below 1e-14), or
 * why the report has none.
 */
export type FigureReading = { ok: true; value: number; text?: string } | { ok: false; reason: string };

const found = (value: number, text?: string): FigureReading => (text === undefined ? { ok: true, value } : { ok: true, value, text });
/** A population that sends requests nowhere has no figure: NaN, which passes no goal. */
const notConnected: FigureReading = { ok: true, value: Number.NaN, text: 'not connected' };
const missing = (reason: string): FigureReading => ({ ok: false, reason });

/** Percent from the unavailability, which the engine keeps exact (never 1 − A). */
function availabilityValue(figure: AvailabilityFigure, metric: AvailabilityMetric): number {
  if (metric === 'percent') return 100 - figure.unavailability * 100;
  return metric === 'nines' ? figure.nines : figure.downtimeMinutesPerMonth;
}

/** A saturated path has no finite latency: it reads as +∞, which fails every upper bound. */
const latencyValue = (summary: LatencySummary, metric: keyof LatencySummary & `${string}Ms`) => (summary.saturated ? Infinity : summary[metric]);

/** `table[key]` if the table has it as its own property: a figure path never reads through a prototype. */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

function byPopulation<T>(table: Record<string, T>, whole: T, population: string | null): T | undefined {
  return population === null ? whole : own(table, population);
}

/** Reads the figure `ref` names from a report (SPEC §4), in the unit `figureUnit(ref)` gives. */
export function readFigure(report: Report, ref: FigureRef): FigureReading {
  switch (ref.section) {
    case 'latency': {
      const summary = byPopulation(report.latency.byPopulation, report.latency.overall, ref.population);
      if (summary?.connected === false) return notConnected;
      return summary ? found(latencyValue(summary, ref.metric)) : missing(`no client population "${ref.population}" in this design`);
    }
    case 'availability': {
      const figure = byPopulation(report.availability.byPopulation, report.availability, ref.population);
      if (figure?.connected === false) return notConnected;
      return figure ? found(availabilityValue(figure, ref.metric), ref.metric === 'percent' ? availabilityPercent(figure.unavailability) : undefined) : missing(`no client population "${ref.population}" in this design`);
    }
    case 'singlePointsOfFailure':
      return found(report.availability.singlePointsOfFailure.length);
    case 'maxRequestsPerSecond':
      return found(report.capacity.maxRequestsPerSecond);
    case 'utilization': {
      const utilization = own(report.capacity.utilization, ref.component);
      return utilization === undefined ? missing(`no component "${ref.component}" carries load in this design`) : found(utilization * 100);
    }
    case 'monthlyUsd':
      return found(report.cost.monthlyUsd);
    case 'perMillionRequestsUsd':
      return found(report.cost.perMillionRequestsUsd);
    case 'costCategory':
      // A category nothing is billed under costs nothing.
      return found(own(report.cost.byCategory, ref.category) ?? 0);
    case 'worstRecovery':
      return found(ref.metric === 'rtoSeconds' ? report.recovery.worstRtoSeconds : report.recovery.worstRpoSeconds);
    case 'recoveryEvent': {
      const event = report.recovery.events.find((candidate) => candidate.id === ref.event);
      return event ? found(event[ref.metric]) : missing(`no failure "${ref.event}" in this design`);
    }
  }
}
