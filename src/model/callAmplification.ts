import { elementNames } from './elementNames';
import { csrAdjacency } from './graph/csrAdjacency';
import { topologicalOrder } from './graph/topologicalOrder';
import { maxCallsPerRequest } from './limits';
import type { Scenario } from './schema/scenario';

type Design = Pick<Scenario, 'clients' | 'groups' | 'components' | 'edges'>;

/** Where a design crosses `maxCallsPerRequest` (a zod-style path: `['edges', 12, 'callsPerRequest']`) and what to do. */
export interface CallAmplificationIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The first place where one request of a population would reach a component more than
 * `maxCallsPerRequest` times, as an issue on the edge that carries most of those calls; null when none
 * does. `callsPerRequest` (and `messagesPerRequest`) multiply along a path and add over paths, so a
 * chain of 40 calls of 3 reaches 3^39 ≈ 4e18 calls per request, and diamonds double at each layer:
 * loads overflow to ∞ and the engine's figures to NaN. Counted as an upper bound, in the engine's
 * topological order with the same cycle-closing edges left out (`topologicalOrder`): a router (or a
 * queue's competing consumers) may send every request to any one target; cache hits and `appliesTo`
 * only lower it. O(populations × (components + edges)).
 */
export function findCallAmplification(design: Design): CallAmplificationIssue | null {
  const { clients, components, edges } = design;
  const n = components.length;
  const componentIndex = new Map(components.map((component, i) => [component.id, i]));
  const edgeTo = Int32Array.from(edges, (edge) => componentIndex.get(edge.to) ?? -1);
  const walkedFrom = (e: number) => {
    const edge = edges[e];
    return edge && edge.kind !== 'replication' && (edgeTo[e] ?? -1) >= 0 ? (componentIndex.get(edge.from) ?? -1) : -1;
  };
  const walked = csrAdjacency(n, walkedFrom, edges.length);
  const cyclic = new Uint8Array(edges.length);
  const order = topologicalOrder(n, walked.start, walked.edges, edgeTo, cyclic);

  /** Calls per request that edge `e` makes per call arriving at its caller. */
  const multiplicity = (e: number): number => {
    const edge = edges[e];
    if (!edge || edge.kind === 'replication') return 0;
    if (edge.kind === 'call') return edge.callsPerRequest;
    return components[componentIndex.get(edge.from) ?? -1]?.kind === 'queue' ? 1 : edge.messagesPerRequest;
  };

  const reached = new Float64Array(n);
  const largestIn = new Int32Array(n);
  const largestInCalls = new Float64Array(n);
  const add = (e: number, calls: number) => {
    const callee = edgeTo[e] ?? -1;
    if (callee < 0 || calls <= 0) return;
    reached[callee] = (reached[callee] ?? 0) + calls;
    if (calls > (largestInCalls[callee] ?? 0)) {
      largestInCalls[callee] = calls;
      largestIn[callee] = e;
    }
  };
  for (const client of clients) {
    reached.fill(0);
    largestInCalls.fill(0);
    edges.forEach((edge, e) => {
      if (edge.from === client.id) add(e, multiplicity(e));
    });
    for (const c of order) {
      const calls = reached[c] ?? 0;
      if (calls === 0) continue;
      if (calls > maxCallsPerRequest) return amplificationIssue(design, client.id, c, largestIn[c] ?? 0, calls);
      // Every target of a router may get all of its calls: an upper bound whatever the routing policy.
      for (let i = walked.start[c] ?? 0; i < (walked.start[c + 1] ?? 0); i += 1) {
        const e = walked.edges[i] ?? 0;
        if (cyclic[e] === 0) add(e, calls * multiplicity(e));
      }
    }
  }
  return null;
}

function amplificationIssue(design: Design, clientId: string, component: number, edge: number, calls: number): CallAmplificationIssue {
  const nameOf = elementNames(design);
  const carrying = design.edges[edge];
  const field = carrying?.kind === 'call' ? ['callsPerRequest'] : carrying?.kind === 'async' ? ['messagesPerRequest'] : [];
  const callee = design.components[component]?.id ?? '';
  const count = calls.toLocaleString('en-US', { maximumSignificantDigits: 3 });
  const limit = maxCallsPerRequest.toLocaleString('en-US');
  const carrier = carrying ? `, most of them through ${nameOf(carrying.id)}` : '';
  return {
    path: ['edges', edge, ...field],
    message: `one request from ${nameOf(clientId)} would reach ${nameOf(callee)} up to ${count} times${carrier} (calls per request multiply along a path and add over paths; the limit is ${limit}): lower the calls per request on this edge or on the calls before it`,
  };
}
