import type { Component, Scenario } from '../../model';
import { diffScenario } from './scenarioDiff';

/** What a component is, as the structural summary counts it. */
const kindNames: Readonly<Record<Component['kind'], [one: string, many: string]>> = {
  dns: ['DNS', 'DNS'],
  globalLb: ['global load balancer', 'global load balancers'],
  cdn: ['CDN', 'CDNs'],
  loadBalancer: ['load balancer', 'load balancers'],
  compute: ['service', 'services'],
  monolith: ['monolith', 'monoliths'],
  cache: ['cache', 'caches'],
  database: ['database', 'databases'],
  queue: ['queue', 'queues'],
  objectStorage: ['object store', 'object stores'],
  external: ['external API', 'external APIs'],
};

const listed = (names: readonly string[]) => (names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`);

function byKind(components: readonly Component[]): string[] {
  const groups = new Map<Component['kind'], string[]>();
  for (const c of components) groups.set(c.kind, [...(groups.get(c.kind) ?? []), c.name]);
  return [...groups].map(([kind, names]) => `${names.length} ${kindNames[kind][names.length === 1 ? 0 : 1]} (${listed(names)})`);
}

/** Synchronous calls between components (not from users): each is a network hop with its serialization; parallel groups are fan-outs. */
function callFigures(scenario: Scenario): { calls: number; fanOuts: number } {
  const components = new Set(scenario.components.map((c) => c.id));
  const calls = scenario.edges.filter((e) => e.kind === 'call' && components.has(e.from));
  const fanOuts = new Set(calls.flatMap((e) => (e.kind === 'call' && e.parallelGroup ? [`${e.from}/${e.parallelGroup}`] : [])));
  return { calls: calls.length, fanOuts: fanOuts.size };
}

const regionCount = (scenario: Scenario) => scenario.groups.filter((g) => g.kind === 'region').length;

/**
 * The structural differences of `scenario` from `baseline` that explain the deltas of the tradeoff table
 * (issue #16), built on `diffScenario`: components added, removed or changed, by kind and name; the
 * synchronous calls between components (hops, each with its serialization) and the fan-outs; the
 * regions. Empty when the structure is the same.
 */
export function structuralDifferences(baseline: Scenario, scenario: Scenario): string[] {
  const diff = diffScenario(baseline, scenario);
  const removed = new Set(diff.removed);
  const lines: string[] = [];
  const added = scenario.components.filter((c) => diff.added.has(c.id));
  const gone = baseline.components.filter((c) => removed.has(c.id));
  const changed = scenario.components.filter((c) => diff.changed.has(c.id));
  if (added.length > 0) lines.push(`adds ${byKind(added).join(', ')}`);
  if (gone.length > 0) lines.push(`removes ${byKind(gone).join(', ')}`);
  if (changed.length > 0) lines.push(`changes ${listed(changed.map((c) => c.name))}`);
  const [before, after] = [callFigures(baseline), callFigures(scenario)];
  if (before.calls !== after.calls) lines.push(`${after.calls} calls between components instead of ${before.calls}: each a network hop and its serialization`);
  if (before.fanOuts !== after.fanOuts) lines.push(`${after.fanOuts} parallel fan-out${after.fanOuts === 1 ? '' : 's'} instead of ${before.fanOuts}`);
  const [regionsBefore, regionsAfter] = [regionCount(baseline), regionCount(scenario)];
  if (regionsBefore !== regionsAfter) lines.push(`${regionsAfter} region${regionsAfter === 1 ? '' : 's'} instead of ${regionsBefore}`);
  return lines;
}
