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

/**
 * Reads every number of `scenario` into typed arrays laid out by `topology`. O(components + edges);
 * run on every edit. `topology` must come from a scenario with the same elements (see `hasSameTopology`).
 */
export function readParameters(scenario: Scenario, topology: CompiledTopology): ModelParameters {
  const n = topology.componentIds.length;
  const m = topology.edgeIds.length;
  const f64 = (size: number, fill = 0) => new Float64Array(size).fill(fill);
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
    serviceMs: f64(n),
    serviceCv: f64(n, 1),
    units: f64(n, 1),
    concurrency: f64(n, 1),
    autoscaling: new Uint8Array(n),
    autoscalingMin: f64(n, 1),
    autoscalingMax: f64(n, 1),
    autoscalingTarget: f64(n, 1),
    hitRatio: f64(n),
    fixedDelayMs: f64(n),
    serverless: new Uint8Array(n),
    serverlessColdStartMs: f64(n),
    serverlessColdStartRate: f64(n),
    serverlessMaxConcurrency: f64(n, 1),
    serverlessMemoryMb: f64(n),
    edgeCallsPerRequest: f64(m),
    edgeAppliesTo: new Int8Array(m),
    edgeParallelGroup: new Int32Array(m).fill(-1),
    edgeTimeoutMs: f64(m, Number.NaN),
    edgeRetries: f64(m),
    edgeRetryBackoffMs: f64(m),
    edgeWeight: f64(m, 1),
    edgeFailoverPriority: f64(m),
    edgeMessagesPerRequest: f64(m),
    edgeSyncReplication: new Uint8Array(m),
  };
  scenario.components.forEach((component, i) => fillComponent(p, i, component));
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
  return p;
}
