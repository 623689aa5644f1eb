import type { FailureClass, RecoveryEvent } from '../../engine';
import type { Scenario } from '../../model';

const categoryNames: Record<string, string> = {
  dns: 'DNS',
  loadBalancing: 'Load balancing',
  compute: 'Compute',
  serverless: 'Serverless',
  cache: 'Caches',
  database: 'Databases',
  storage: 'Storage',
  cdn: 'CDN',
  queue: 'Queues',
  external: 'Third-party APIs',
  dataTransfer: 'Data transfer',
};

/** A failure class as people say it (SPEC §2.4), in the order the results and the compare table list them. */
export const failureClassNames: Readonly<Record<FailureClass, string>> = {
  instance: 'Instance loss',
  zone: 'Zone loss',
  region: 'Region loss',
  provider: 'Provider loss',
  corruption: 'Data corruption',
};

export const failureClasses = Object.keys(failureClassNames) as FailureClass[];

/** "loadBalancing" → "Load balancing" for categories this list does not know yet. */
const sentenceCase = (key: string) => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const categoryName = (category: string): string => categoryNames[category] ?? sentenceCase(category);

/** Names of what the report refers to by id, taken from the scenario. */
export interface ResultLabels {
  nameOf: (id: string) => string;
  /** What fails in an event, kind first so that cut labels still differ: "Zone eu-west-1a", "Primary of Orders DB". */
  describeEvent: (event: RecoveryEvent) => string;
  categoryName: (category: string) => string;
  recoveryTargets: { rtoSeconds: number; rpoSeconds: number };
}

/** Names by id; an edge is named by its ends ("Web → Orders DB"). */
export function resultLabels(scenario: Pick<Scenario, 'clients' | 'groups' | 'components' | 'recovery'> & Partial<Pick<Scenario, 'edges'>>): ResultLabels {
  const names = new Map<string, string>();
  for (const list of [scenario.clients, scenario.groups, scenario.components]) for (const element of list) names.set(element.id, element.name);
  for (const edge of scenario.edges ?? []) names.set(edge.id, `${names.get(edge.from) ?? edge.from} → ${names.get(edge.to) ?? edge.to}`);
  const nameOf = (id: string) => names.get(id) ?? id;
  const describeEvent = ({ kind, target }: RecoveryEvent) => {
    const name = nameOf(target);
    switch (kind) {
      case 'instance':
        return `Instance of ${name}`;
      case 'zone':
        return `Zone ${name}`;
      case 'region':
        return `Region ${name}`;
      case 'provider':
        return `Provider ${name}`;
      case 'databasePrimary':
        return `Primary of ${name}`;
      case 'corruption':
        return `Corruption in ${name}`;
    }
  };
  const { rtoSec, rpoSec } = scenario.recovery.targets;
  return { nameOf, describeEvent, categoryName, recoveryTargets: { rtoSeconds: rtoSec, rpoSeconds: rpoSec } };
}
