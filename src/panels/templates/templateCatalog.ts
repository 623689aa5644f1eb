import { parseScenario, type Scenario } from '../../model';

/** A template of the gallery: a complete scenario and what it is best compared with. */
export interface TemplateEntry {
  scenario: Scenario;
  /** The template that is this one built the other way (monolith ↔ distributed), when there is one. */
  counterpartId: string | null;
}

/** Gallery order: from one VM to several regions, then the two ways of building one shop. */
const galleryOrder = [
  'monolith-one-vm',
  'single-region-monolith',
  'monolith-two-zones',
  'multi-az-three-tier',
  'example-three-tier',
  'pilot-light',
  'warm-standby',
  'two-region-active-active',
  'edge-serverless',
  'event-driven-queues',
  'shop-monolith',
  'shop-microservices',
];

const counterparts: Readonly<Record<string, string>> = {
  'shop-monolith': 'shop-microservices',
  'shop-microservices': 'shop-monolith',
  'monolith-one-vm': 'monolith-two-zones',
  'monolith-two-zones': 'monolith-one-vm',
  'single-region-monolith': 'multi-az-three-tier',
  'multi-az-three-tier': 'two-region-active-active',
  'pilot-light': 'warm-standby',
  'warm-standby': 'pilot-light',
  'two-region-active-active': 'warm-standby',
};

// The same files the CLI evaluates, bundled at build time; they still go through the one door.
const files = import.meta.glob<unknown>('../../../templates/*.json', { eager: true, import: 'default' });

const rank = (id: string) => {
  const index = galleryOrder.indexOf(id);
  return index < 0 ? galleryOrder.length : index;
};

/** Every template that parses, in gallery order; a file that does not parse is left out (its test fails). */
export const templateCatalog: readonly TemplateEntry[] = Object.values(files)
  .flatMap((raw) => {
    const parsed = parseScenario(raw);
    return parsed.ok ? [parsed.scenario] : [];
  })
  .sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name))
  .map((scenario) => ({ scenario, counterpartId: counterparts[scenario.id] ?? null }));

export function findTemplate(id: string): TemplateEntry | undefined {
  return templateCatalog.find((entry) => entry.scenario.id === id);
}
