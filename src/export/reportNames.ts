import type { RecoveryEvent } from '../engine';
import { elementNames, type NamedElements, type Scenario } from '../model';

/** What a report needs from its scenario besides the figures: the names of its elements and its recovery targets. */
export type ReportScenario = NamedElements & { readonly recovery?: Pick<Scenario['recovery'], 'targets'> };

/** Names for the ids a report refers to. */
export interface ReportNames {
  /** An element by its name (`elementNames`: the id only where two share a name). */
  nameOf: (id: string) => string;
  /** What fails in an event, kind first so that cut labels still differ: "Zone eu-west-1a", "Primary of Orders DB". */
  describeEvent: (event: Pick<RecoveryEvent, 'kind' | 'target'>) => string;
}

const eventKindText: Record<RecoveryEvent['kind'], string> = {
  instance: 'Instance of',
  zone: 'Zone',
  region: 'Region',
  provider: 'Provider',
  databasePrimary: 'Primary of',
  corruption: 'Corruption in',
};

/** The names of `scenario`'s elements and failure events, as every report and the UI write them. */
export function reportNames(scenario: NamedElements): ReportNames {
  const nameOf = elementNames(scenario);
  return { nameOf, describeEvent: ({ kind, target }) => `${eventKindText[kind]} ${nameOf(target)}` };
}
