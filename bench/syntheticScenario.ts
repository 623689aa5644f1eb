import { createClient, createComponent, createEdge, createGroup, parseScenario, type Component, type Edge, type Scenario } from '../src/model';
import { createRandomStream } from '../src/engine/random';

const regions = ['eu-west-1', 'us-east-1', 'ap-northeast-1'];
const zones = ['a', 'b', 'c'];

/**
 * A seeded synthetic microservice design of `size` components: three regions × three zones, per
 * region a load balancer in front of a layered mesh of services (each calling 1–3 services of the
 * next layer, some in parallel groups), with caches and databases as leaves; DNS with latency routing
 * and three user populations.
 */
export function syntheticScenario(size: number, seed: number): Scenario {
  const random = createRandomStream(seed);
  const pick = (n: number) => Math.floor(random.nextOpenUnit() * n) % n;
  const groups = [createGroup('provider', 'aws', 'AWS', null, 'aws')];
  for (const region of regions) {
    groups.push(createGroup('region', region, region, 'aws', `aws:${region}`));
    for (const zone of zones) groups.push(createGroup('zone', `${region}${zone}`, `${region}${zone}`, region, `${region}${zone}`));
  }
  const components: Component[] = [{ ...createComponent('dns', 'dns', 'DNS'), routing: 'latency' }];
  const edges: Edge[] = [];
  const call = (from: string, to: string, patch: Partial<Extract<Edge, { kind: 'call' }>> = {}) =>
    edges.push({ ...(createEdge('call', `e${edges.length}`, from, to) as Extract<Edge, { kind: 'call' }>), ...patch });
  const perRegion = Math.floor((size - 1) / regions.length);
  regions.forEach((region, r) => {
    const lb = `lb-${r}`;
    components.push(createComponent('loadBalancer', lb, lb, region));
    call('dns', lb);
    const services = Math.max(1, Math.floor((perRegion - 1) * 0.7));
    const leaves = Math.max(0, perRegion - 1 - services);
    const layerSize = Math.max(1, Math.ceil(services / 6));
    const ids: string[] = [];
    for (let i = 0; i < services; i += 1) {
      const id = `svc-${r}-${i}`;
      ids.push(id);
      const zone = `${region}${zones[i % zones.length]}`;
      components.push({ ...createComponent('compute', id, id, zone), instances: 4, concurrency: 16, serviceTimeMs: 1 + pick(8), serviceTimeCv: [0.5, 1, 1.5][pick(3)] ?? 1 });
    }
    for (let i = 0; i < Math.min(layerSize, ids.length); i += 1) call(lb, ids[i] ?? '');
    for (let i = 0; i < ids.length; i += 1) {
      const layerEnd = (Math.floor(i / layerSize) + 2) * layerSize;
      const next = Math.floor(i / layerSize + 1) * layerSize;
      const fanOut = 1 + pick(3);
      for (let f = 0; f < fanOut && next + f < Math.min(layerEnd, ids.length); f += 1) {
        call(ids[i] ?? '', ids[next + ((i + f) % Math.max(1, Math.min(layerEnd, ids.length) - next))] ?? '', { parallelGroup: fanOut > 1 ? 'fan' : null, callsPerRequest: 1 / fanOut });
      }
    }
    for (let j = 0; j < leaves; j += 1) {
      const id = `data-${r}-${j}`;
      const zone = `${region}${zones[j % zones.length]}`;
      components.push(j % 2 === 0 ? { ...createComponent('cache', id, id, zone), nodes: 3 } : createComponent('database', id, id, zone));
      call(ids[pick(ids.length)] ?? '', id, { appliesTo: j % 2 === 0 ? 'reads' : 'all', callsPerRequest: 0.5 });
    }
  });
  const scenario: Scenario = {
    schemaVersion: 1,
    id: `synthetic-${size}`,
    name: `Synthetic ${size}`,
    workload: { requestsPerSecond: 300, readFraction: 0.8, payloadKbIn: 2, payloadKbOut: 20, peakFactor: 2 },
    clients: regions.map((region, i) => createClient(`users-${i}`, `Users ${region}`, `aws:${region}`, 1 / regions.length)),
    groups,
    components,
    edges: [...edges, ...regions.map((_, i) => ({ ...(createEdge('call', `client-${i}`, `users-${i}`, 'dns') as Extract<Edge, { kind: 'call' }>) }))],
    recovery: { strategy: 'none', backupIntervalMin: 60, pitr: false, restoreGbPerHour: 100, targets: { rtoSec: 3600, rpoSec: 300 } },
    settings: { currency: 'USD', monthHours: 730, pricing: 'onDemand' },
    layout: { nodes: {} },
  };
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`synthetic scenario is invalid: ${parsed.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.scenario;
}
