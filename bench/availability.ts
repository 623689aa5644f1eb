import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createClient, createComponent, createEdge, createGroup, type CallEdge, type Scenario } from '../src/model';
import { availabilityParameters, compileAvailability, evaluateAvailability, runAvailabilityMonteCarlo } from '../src/engine/availability';

/**
 * A synthetic multi-region topology of about `regions × (5 + 3 × services)` components: DNS →
 * per-region multi-AZ LB → a front fleet per zone → `services` fleets per zone (all needed) → a
 * per-region database with a copy in each zone. Catalog availabilities throughout; each service
 * fleet has `serviceInstances` instances (1 of them needed), so 1 instance makes failures frequent.
 */
export function syntheticTopology(regions = 6, services = 54, serviceInstances = 2): Scenario {
  const regionIds = ['aws:eu-west-1', 'aws:us-east-1', 'aws:ap-northeast-1', 'aws:eu-central-1', 'aws:us-west-2', 'aws:ap-southeast-2'];
  const edges: CallEdge[] = [];
  const link = (from: string, to: string) => edges.push(createEdge('call', `${from}->${to}`, from, to) as CallEdge);
  const scenario: Scenario = {
    schemaVersion: 1,
    id: 'bench',
    name: 'Availability bench',
    workload: { requestsPerSecond: 1000, readFraction: 0.9, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 },
    clients: [createClient('users', 'Users', 'aws:eu-west-2', 1)],
    groups: [createGroup('provider', 'aws', 'AWS', null, 'aws')],
    components: [createComponent('dns', 'dns', 'DNS')],
    edges,
    recovery: { strategy: 'warmStandby', backupIntervalMin: 60, pitr: true, restoreGbPerHour: 100, targets: { rtoSec: 900, rpoSec: 60 } },
    settings: { currency: 'USD', monthHours: 730, pricing: 'onDemand' },
    layout: { nodes: {} },
  };
  link('users', 'dns');
  for (let r = 0; r < regions; r += 1) {
    const region = `r${r}`;
    const zones = [0, 1, 2].map((z) => `${region}z${z}`);
    scenario.groups.push(createGroup('region', region, region, 'aws', regionIds[r % regionIds.length] as string), ...zones.map((z) => createGroup('zone', z, z, region, z)));
    scenario.components.push(createComponent('loadBalancer', `${region}-lb`, 'LB', region), {
      ...createComponent('database', `${region}-db`, 'DB', zones[0] as string),
      model: 'primaryReplica',
      replicaGroupIds: zones.slice(1),
    });
    link('dns', `${region}-lb`);
    for (const zone of zones) {
      scenario.components.push({ ...createComponent('compute', `${zone}-front`, 'Front', zone), instances: 3, minHealthy: 2 });
      link(`${region}-lb`, `${zone}-front`);
      for (let s = 0; s < services; s += 1) {
        scenario.components.push({ ...createComponent('compute', `${zone}-svc${s}`, `Service ${s}`, zone), instances: serviceInstances, minHealthy: 1 });
        link(`${zone}-front`, `${zone}-svc${s}`);
        link(`${zone}-svc${s}`, `${region}-db`);
      }
    }
  }
  return scenario;
}

/**
 * Times compile, a parameter edit (parameters + probability pass) and the Monte Carlo on the
 * synthetic topology (one core, Node). SPEC §6 target: ≥ 5 M Monte Carlo trials/s at 1 000 components.
 */
export function runAvailabilityBench(trials = 5_000_000, serviceInstances = 2): Record<string, number> {
  const scenario = syntheticTopology(6, 54, serviceInstances);
  const compileStart = performance.now();
  const compiled = compileAvailability(scenario);
  const compileMs = performance.now() - compileStart;
  const parameters = availabilityParameters(compiled, scenario);
  evaluateAvailability(compiled, parameters);
  const evalRuns = 50;
  const evalStart = performance.now();
  for (let i = 0; i < evalRuns; i += 1) evaluateAvailability(compiled, availabilityParameters(compiled, scenario));
  const parameterEditMs = (performance.now() - evalStart) / evalRuns;
  runAvailabilityMonteCarlo(compiled, parameters, 200_000, 1);
  const mcStart = performance.now();
  const estimate = runAvailabilityMonteCarlo(compiled, parameters, trials, 2);
  const mcSeconds = (performance.now() - mcStart) / 1000;
  return {
    components: scenario.components.length,
    variables: compiled.structure.tree.variables.length,
    bddNodes: compiled.bdd.level.length,
    compileMs,
    parameterEditMs,
    monteCarloTrialsPerSecond: trials / mcSeconds,
    monteCarloFailuresPerTrial: estimate.sampledFailures / trials,
    exactStructuralUnavailability: evaluateAvailability(compiled, parameters).overallStructural,
    monteCarloUnavailability: estimate.unavailability,
    monteCarloStandardError: estimate.standardError,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table({ redundantServices: runAvailabilityBench(5_000_000, 2), singleInstanceServices: runAvailabilityBench(2_000_000, 1) });
}
