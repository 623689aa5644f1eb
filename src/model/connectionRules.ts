import type { Component, ComponentKind } from './schema/component';
import type { Edge, EdgeKind } from './schema/edge';
import type { ClientPopulation } from './schema/client';

/** What a connection check needs to know about a scenario. */
export interface ConnectionContext {
  clients: readonly Pick<ClientPopulation, 'id'>[];
  components: readonly Pick<Component, 'id' | 'kind'>[];
  edges: readonly Pick<Edge, 'id' | 'from' | 'to' | 'kind'>[];
}

export type ConnectionVerdict = { ok: true } | { ok: false; reason: string };

/** Kinds a user population may send its requests to. */
const entryKinds: ReadonlySet<ComponentKind> = new Set(['dns', 'globalLb', 'cdn', 'loadBalancer', 'compute', 'monolith']);
/** Kinds that never originate a synchronous call. */
const nonCallingKinds: ReadonlySet<ComponentKind> = new Set(['database', 'queue', 'objectStorage', 'external']);
const replicatingKinds: ReadonlySet<ComponentKind> = new Set(['database', 'objectStorage']);
const consumerKinds: ReadonlySet<ComponentKind> = new Set(['compute', 'monolith']);

const refused = (reason: string): ConnectionVerdict => ({ ok: false, reason });

/**
 * A scenario's elements looked up by id, and its edges by endpoints and kind: built once, so that
 * checking every edge of a 20 000-edge import is linear, not quadratic.
 */
export interface ConnectionIndex {
  clientIds: ReadonlySet<string>;
  componentsById: ReadonlyMap<string, Pick<Component, 'id' | 'kind'>>;
  /** Ids of the edges of each `from → to : kind`. */
  edgeIdsByLink: ReadonlyMap<string, readonly string[]>;
}

const linkKey = (fromId: string, toId: string, kind: EdgeKind) => JSON.stringify([fromId, toId, kind]);

/** Indexes `context` for {@link checkConnection}: O(elements). */
export function indexConnections(context: ConnectionContext): ConnectionIndex {
  const edgeIdsByLink = new Map<string, string[]>();
  for (const edge of context.edges) {
    const key = linkKey(edge.from, edge.to, edge.kind);
    const ids = edgeIdsByLink.get(key);
    if (ids) ids.push(edge.id);
    else edgeIdsByLink.set(key, [edge.id]);
  }
  return {
    clientIds: new Set(context.clients.map((client) => client.id)),
    componentsById: new Map(context.components.map((component) => [component.id, component])),
    edgeIdsByLink,
  };
}

const isIndex = (value: ConnectionContext | ConnectionIndex): value is ConnectionIndex => 'edgeIdsByLink' in value;

/**
 * Whether an edge of `kind` may go from `fromId` to `toId`, and if not, why — in words a person can act on.
 * The canvas asks before it connects; the schema asks again for every imported edge (with an index
 * built once by {@link indexConnections}).
 */
export function checkConnection(
  scenario: ConnectionContext | ConnectionIndex,
  fromId: string,
  toId: string,
  kind: EdgeKind,
  ignoreEdgeId?: string,
): ConnectionVerdict {
  if (fromId === toId) return refused('A component cannot connect to itself.');
  const index = isIndex(scenario) ? scenario : indexConnections(scenario);
  const fromClient = index.clientIds.has(fromId);
  const from = index.componentsById.get(fromId);
  const to = index.componentsById.get(toId);
  if (!fromClient && !from) return refused(`There is no client or component "${fromId}".`);
  if (!to) {
    return index.clientIds.has(toId)
      ? refused('Users only send requests; connect from the users to an entry point.')
      : refused(`There is no component "${toId}".`);
  }
  const duplicate = (index.edgeIdsByLink.get(linkKey(fromId, toId, kind)) ?? []).some((id) => id !== ignoreEdgeId);
  if (duplicate) return refused('These two are already connected by an edge of this kind.');

  if (fromClient) {
    if (kind !== 'call') return refused('Users make synchronous requests: use a call edge.');
    if (!entryKinds.has(to.kind)) {
      return refused(`Users reach a system through DNS, a CDN, a load balancer or a service, not a ${to.kind}.`);
    }
    return { ok: true };
  }
  // `from` is a component from here on.
  const fromKind = (from as Pick<Component, 'kind'>).kind;
  switch (kind) {
    case 'call':
      if (nonCallingKinds.has(fromKind)) {
        return refused(
          fromKind === 'queue'
            ? 'A queue delivers messages: draw an async edge from the queue to its consumer.'
            : fromKind === 'database'
              ? 'A database does not call other components; to copy its data, draw a replication edge to another database.'
              : `A ${fromKind} does not call other components.`,
        );
      }
      if (to.kind === 'queue') return refused('Messages go into a queue asynchronously: use an async edge.');
      return { ok: true };
    case 'async':
      if (to.kind === 'queue') {
        return consumerKinds.has(fromKind) || fromKind === 'loadBalancer' || fromKind === 'objectStorage'
          ? { ok: true }
          : refused(`A ${fromKind} does not publish messages.`);
      }
      if (fromKind === 'queue') {
        return consumerKinds.has(to.kind) ? { ok: true } : refused('A queue delivers to a service (compute or monolith) that consumes it.');
      }
      return refused('Async messages go through a queue: connect the sender to a queue, and the queue to its consumer.');
    case 'replication':
      if (!replicatingKinds.has(fromKind) || fromKind !== to.kind) {
        return refused(
          `Replication links two databases (or two object stores); a ${fromKind} cannot replicate to a ${to.kind}.`,
        );
      }
      return { ok: true };
  }
}
