import type { Component, Scenario } from '../../model';
import { networkDefaults } from '../catalog/networkDefaults';
import type { CompiledTopology, ModelParameters } from './compiledModel';

const appliesToCode = { all: 0, reads: 1, writes: 2 } as const;

function fillComponent(p: ModelParameters, i: number, component: Component): void {
  p.units[i] = 1;
  p.concurrency[i] = 1;
  switch (component.kind) {
    case 'compute':
    case 'monolith':
      p.serviceMs[i] = component.serviceTimeMs;
      p.serviceCv[i] = component.serviceTimeCv;
      p.units[i] = component.instances;
      p.concurrency[i] = component.concurrency;
      p.autoscaling[i] = component.autoscaling.enabled ? 1 : 0;
      p.autoscalingMin[i] = component.autoscaling.min;
      p.autoscalingMax[i] = component.autoscaling.max;
      p.autoscalingTarget[i] = component.autoscaling.targetUtilization;
      if (component.kind === 'compute' && component.flavor === 'serverless') {
        p.serverless[i] = 1;
        p.serverlessColdStartMs[i] = component.serverless.coldStartMs;
        p.serverlessColdStartRate[i] = component.serverless.coldStartRate;
        p.serverlessMaxConcurrency[i] = component.serverless.maxConcurrency;
        p.serverlessMemoryMb[i] = component.serverless.memoryMb;
      }
      return;
    case 'cache':
      p.serviceMs[i] = component.serviceTimeMs;
      p.serviceCv[i] = component.serviceTimeCv;
      p.units[i] = component.nodes;
      p.hitRatio[i] = component.hitRatio;
      return;
    case 'database':
      p.serviceMs[i] = component.serviceTimeMs;
      p.serviceCv[i] = component.serviceTimeCv;
      p.concurrency[i] = component.concurrency;
      return;
    case 'loadBalancer':
    case 'globalLb':
    case 'objectStorage':
      p.serviceMs[i] = component.serviceTimeMs;
      p.serviceCv[i] = component.serviceTimeCv;
      return;
    case 'external':
      p.serviceMs[i] = component.latencyMs;
      p.serviceCv[i] = component.latencyCv;
      return;
    case 'cdn':
      p.hitRatio[i] = component.hitRatio;
      p.fixedDelayMs[i] = component.popRttMs;
      return;
    case 'dns':
      p.fixedDelayMs[i] = component.lookupMs;
      return;
    case 'queue':
      p.fixedDelayMs[i] = component.enqueueMs;
      return;
  }
}

/** Per-component arrays and the value a component has where its kind sets none. */
const componentDefaults = {
  serviceMs: 0,
  serviceCv: 1,
  units: 1,
  concurrency: 1,
  autoscaling: 0,
  autoscalingMin: 1,
  autoscalingMax: 1,
  autoscalingTarget: 1,
  hitRatio: 0,
  fixedDelayMs: 0,
  serverless: 0,
  serverlessColdStartMs: 0,
  serverlessColdStartRate: 0,
  serverlessMaxConcurrency: 1,
  serverlessMemoryMb: 0,
} as const satisfies Partial<Record<keyof ModelParameters, number>>;
const componentArrays = Object.keys(componentDefaults) as Array<keyof typeof componentDefaults>;
const byteArrays: ReadonlySet<keyof ModelParameters> = new Set(['autoscaling', 'serverless']);

function newComponentArrays(n: number): Pick<ModelParameters, keyof typeof componentDefaults> {
  const arrays = {} as Record<keyof typeof componentDefaults, Float64Array | Uint8Array>;
  for (const key of componentArrays) arrays[key] = (byteArrays.has(key) ? new Uint8Array(n) : new Float64Array(n)).fill(componentDefaults[key]);
  return arrays as Pick<ModelParameters, keyof typeof componentDefaults>;
}

function readEdges(p: ModelParameters, scenario: Scenario): void {
  const groupNumbers = new Map<string, number>();
  scenario.edges.forEach((edge, e) => {
    switch (edge.kind) {
      case 'call': {
        p.edgeCallsPerRequest[e] = edge.callsPerRequest;
        p.edgeAppliesTo[e] = appliesToCode[edge.appliesTo];
        if (edge.parallelGroup !== null) {
          const key = `${edge.from}\u0000${edge.parallelGroup}`;
          const number = groupNumbers.get(key) ?? groupNumbers.size;
          groupNumbers.set(key, number);
          p.edgeParallelGroup[e] = number;
        }
        p.edgeTimeoutMs[e] = edge.timeoutMs ?? Number.NaN;
        p.edgeRetries[e] = edge.retries;
        p.edgeRetryBackoffMs[e] = edge.retryBackoffMs;
        p.edgeWeight[e] = edge.weight;
        p.edgeFailoverPriority[e] = edge.failoverPriority;
        return;
      }
      case 'async':
        p.edgeMessagesPerRequest[e] = edge.messagesPerRequest;
        return;
      case 'replication':
        p.edgeSyncReplication[e] = edge.mode === 'sync' ? 1 : 0;
        return;
    }
  });
}

/**
 * Reads every number of `scenario` into typed arrays laid out by `topology`. O(components + edges);
 * run on every edit. `topology` must come from a scenario with the same elements (see `updateCompiledModel`).
 * With `previous` (the parameters of an earlier scenario of the same topology), components whose
 * object is unchanged keep their values, copied, and the edges are re-read only if one changed.
 */
export function readParameters(scenario: Scenario, topology: CompiledTopology, previous?: { scenario: Scenario; parameters: ModelParameters }): ModelParameters {
  const n = topology.componentIds.length;
  const m = topology.edgeIds.length;
  const f64 = (size: number, fill = 0) => new Float64Array(size).fill(fill);
  const edgesUnchanged = previous !== undefined && scenario.edges.every((edge, e) => edge === previous.scenario.edges[e]);
  const old = previous?.parameters;
  const p: ModelParameters = {
    requestsPerSecond: scenario.workload.requestsPerSecond,
    readFraction: scenario.workload.readFraction,
    payloadKbIn: scenario.workload.payloadKbIn,
    payloadKbOut: scenario.workload.payloadKbOut,
    peakFactor: scenario.workload.peakFactor,
    monthHours: scenario.settings.monthHours,
    populationShare: Float64Array.from(scenario.clients, (client) => client.share),
    populationNewConnectionFraction: Float64Array.from(scenario.clients, (client) => client.newConnectionFraction),
    populationLastMileMs: Float64Array.from(scenario.clients, (client) =>
      client.access === 'mobile' ? networkDefaults.mobileLastMileRttMs.value : networkDefaults.fixedLastMileRttMs.value,
    ),
    ...(old ? (Object.fromEntries(componentArrays.map((key) => [key, old[key].slice()])) as Pick<ModelParameters, keyof typeof componentDefaults>) : newComponentArrays(n)),
    edgeCallsPerRequest: edgesUnchanged && old ? old.edgeCallsPerRequest : f64(m),
    edgeAppliesTo: edgesUnchanged && old ? old.edgeAppliesTo : new Int8Array(m),
    edgeParallelGroup: edgesUnchanged && old ? old.edgeParallelGroup : new Int32Array(m).fill(-1),
    edgeTimeoutMs: edgesUnchanged && old ? old.edgeTimeoutMs : f64(m, Number.NaN),
    edgeRetries: edgesUnchanged && old ? old.edgeRetries : f64(m),
    edgeRetryBackoffMs: edgesUnchanged && old ? old.edgeRetryBackoffMs : f64(m),
    edgeWeight: edgesUnchanged && old ? old.edgeWeight : f64(m, 1),
    edgeFailoverPriority: edgesUnchanged && old ? old.edgeFailoverPriority : f64(m),
    edgeMessagesPerRequest: edgesUnchanged && old ? old.edgeMessagesPerRequest : f64(m),
    edgeSyncReplication: edgesUnchanged && old ? old.edgeSyncReplication : new Uint8Array(m),
  };
  scenario.components.forEach((component, i) => {
    if (old && component === previous?.scenario.components[i]) return;
    if (old) for (const key of componentArrays) p[key][i] = componentDefaults[key];
    fillComponent(p, i, component);
  });
  if (!edgesUnchanged) readEdges(p, scenario);
  return p;
}
