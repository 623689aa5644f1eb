import type { Scenario } from '../../model';
import { elementNamesOf } from '../elementNamesOf';
import { readDerived } from '../readRecord';
import type { ReportWarning } from '../report';
import type { CompiledAvailability } from './compileAvailability';

/** The structure problems the availability pass reports, each with its message for people. */
const messages = {
  'availability.noPopulations': () => 'No client population is drawn, so there is no request to serve and availability reads 100 %: add users and connect them to an entry point.',
  'availability.populationUnserved': (name: string) => `${name} calls no entry point, so none of its requests can succeed: connect it to DNS, a CDN, a load balancer or a service.`,
  'availability.routerWithoutTargets': (name: string) => `${name} routes to no target, so every request through it fails: connect it to what it balances.`,
  'availability.callCycle': (edge: string) => `The call ${edge} closes a synchronous cycle; the availability pass ignores it. Remove it or make it asynchronous.`,
  'availability.callsCountedAsMade': (calls: string) =>
    `Availability is an upper bound: an exact answer for this design's ${calls} calls made on only some requests is too large to compute, so each is counted as made on every request.`,
  'availability.routersWithoutRedundancy': () =>
    'Availability is a coarse upper bound: even then the exact answer is too large to compute (routers over many different services that share dependencies), so each router is counted as failing when any of its targets fails and each cache as always missing, and every target shows as a single point of failure. Give each load balancer copies of one service rather than different services.',
} as const;

/** Code of a structure warning of the availability pass (`availability.*`). */
export type AvailabilityWarningCode = keyof typeof messages;

/** A structure warning about `elementId` (named `name` in the message), or about the whole scenario. */
export function availabilityWarning(code: AvailabilityWarningCode, elementId?: string, name = elementId ?? ''): ReportWarning {
  return { code, message: messages[code](name), ...(elementId === undefined ? {} : { elementId }) };
}

/**
 * The compiled structure's warnings worded with the names `scenario` gives its elements now: a
 * rename is a parameter edit, so the structure (and its warnings) is not recompiled for it. The names
 * are read as one derived value (`readDerived` of the kept `elementNamesOf`), so a cache of these
 * warnings is keyed by the names, not by every id and name read one by one.
 */
export function availabilityStructureWarnings(compiled: CompiledAvailability, scenario: Scenario): ReportWarning[] {
  if (compiled.structure.warnings.length === 0) return [];
  const nameOf = readDerived(scenario, elementNamesOf);
  return compiled.structure.warnings.map((warning) =>
    warning.elementId === undefined ? warning : availabilityWarning(warning.code as AvailabilityWarningCode, warning.elementId, nameOf(warning.elementId)),
  );
}
