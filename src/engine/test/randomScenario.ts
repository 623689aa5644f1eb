import fc from 'fast-check';
import { checkConnection, componentKinds, createClient, createComponent, createEdge, createGroup, parseScenario, type Edge, type Scenario } from '../../model';

const regionIds = ['aws:eu-west-1', 'aws:us-east-1', 'aws:ap-northeast-1', 'aws:sa-east-1'];
const edgeKindOrder = ['call', 'call', 'call', 'async', 'replication'] as const;

/** Numbers at and beyond the edges of what the schema accepts; a tweak the schema refuses is undone. */
const extremeNumber = fc.oneof(
  fc.constantFrom(0, 1e-12, 0.001, 0.5, 1, 2, 3, 10, 64, 1000, 1e6, 1e9, 1e12, 1e15, 1e18, 1e300, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 100 }),
);
/** Strings the schema's enums use, to flip modes (routing, replication, flavour, strategy …). */
const enumWord = fc.constantFrom(
  'primaryReplica', 'leaderless', 'distributedSql', 'single', 'sync', 'async', 'strong', 'bounded', 'eventual',
  'vm', 'container', 'serverless', 'latency', 'geo', 'weighted', 'failover', 'roundRobin', 'leastConnections',
  'mobile', 'fixed', 'reads', 'writes', 'all', 'backupRestore', 'pilotLight', 'warmStandby', 'activeActive', 'none',
  'reserved1y', 'reserved3y', 'spot', 'onDemand', 'catalog', 'direct', 'unavailability', 'mtbf',
);

const shape = fc.record({
  regions: fc.integer({ min: 1, max: 3 }),
  zonesPerRegion: fc.integer({ min: 0, max: 3 }),
  components: fc.array(fc.record({ kind: fc.constantFrom(...componentKinds), place: fc.nat() }), { minLength: 1, maxLength: 12 }),
  clients: fc.array(fc.record({ region: fc.constantFrom(...regionIds), share: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), entry: fc.nat() }), { minLength: 0, maxLength: 3 }),
  edges: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), kind: fc.constantFrom(...edgeKindOrder) }), { maxLength: 24 }),
  tweaks: fc.array(fc.record({ at: fc.nat(), value: fc.oneof(extremeNumber, enumWord, fc.boolean()) }), { maxLength: 12 }),
  requestsPerSecond: fc.oneof(fc.constantFrom(0, 1, 400, 1e5, 1e9), fc.double({ min: 1e-6, max: 5000, noNaN: true })),
});

function leafPaths(value: unknown, prefix: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((item, i) => leafPaths(item, [...prefix, i], into));
  else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([key, item]) => leafPaths(item, [...prefix, key], into));
  else if (prefix[0] !== 'layout' && !['id', 'name', 'from', 'to', 'groupId', 'parentId'].includes(String(prefix.at(-1)))) into.push(prefix);
  return into;
}

function setAt(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (path.length === 0) return value;
  const copy = (Array.isArray(document) ? [...document] : { ...(document as object) }) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function build(s: Shape): Scenario {
  const groups = [createGroup('provider', 'aws', 'AWS', null, 'aws')];
  const places: (string | null)[] = [null];
  regionIds.slice(0, s.regions).forEach((regionId, r) => {
    groups.push(createGroup('region', `r${r}`, regionId, 'aws', regionId));
    places.push(`r${r}`);
    for (let z = 0; z < s.zonesPerRegion; z += 1) {
      groups.push(createGroup('zone', `r${r}z${z}`, `zone ${z}`, `r${r}`, `${regionId.slice(4)}${'abc'[z]}`));
      places.push(`r${r}z${z}`);
    }
  });
  const components = s.components.map(({ kind, place }, i) => createComponent(kind, `c${i}`, `${kind} ${i}`, places[place % places.length] ?? null));
  // Shares sum to 1 (the schema's rule); a population with share 0 stays possible.
  const shareSum = s.clients.reduce((sum, { share }) => sum + share, 0);
  const clients = s.clients.map(({ region, share }, i) => createClient(`u${i}`, `Users ${i}`, region, shareSum > 0 ? share / shareSum : i === 0 ? 1 : 0));
  const draft: Scenario = {
    schemaVersion: 1, id: 'fuzz', name: 'Fuzzed scenario', workload: { requestsPerSecond: s.requestsPerSecond, readFraction: 0.8, payloadKbIn: 2, payloadKbOut: 20, peakFactor: 2 },
    clients, groups, components, edges: [],
    recovery: { strategy: 'none', backupIntervalMin: 60, pitr: false, restoreGbPerHour: 100, targets: { rtoSec: 900, rpoSec: 60 } },
    settings: { currency: 'USD', monthHours: 730, pricing: 'onDemand' }, layout: { nodes: {} },
  };
  const edges: Edge[] = [];
  const tryEdge = (from: string, to: string, kind: Edge['kind']) => {
    if (checkConnection({ ...draft, edges }, from, to, kind).ok) edges.push(createEdge(kind, `e${edges.length}`, from, to));
  };
  s.clients.forEach(({ entry }, i) => tryEdge(clients[i]!.id, components[entry % components.length]!.id, 'call'));
  s.edges.forEach(({ from, to, kind }) => tryEdge(components[from % components.length]!.id, components[to % components.length]!.id, kind));
  return { ...draft, edges };
}

/**
 * Valid scenarios drawn from the schema's own constraints: 1–3 regions of 0–3 zones, 1–12 components of
 * every kind, 0–3 populations, the edges the connection rules allow,
 * and up to 12 leaves set to extreme numbers or other enum words — each kept only if the schema accepts it.
 */
export const validScenario: fc.Arbitrary<Scenario> = shape.map((s) => {
  let scenario = build(s);
  const paths = leafPaths(scenario);
  for (const { at, value } of s.tweaks) {
    const candidate = setAt(scenario, paths[at % paths.length] ?? [], value);
    const parsed = parseScenario(candidate);
    if (parsed.ok) scenario = parsed.scenario;
  }
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`the generator built an invalid scenario: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.scenario;
});
