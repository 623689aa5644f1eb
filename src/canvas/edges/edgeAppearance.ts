import type { Edge as ScenarioEdge, EdgeKind } from '../../model';

/** How each edge kind is drawn; the legend and the edge-kind toggle show the same samples. */
export const edgeAppearance: Record<EdgeKind, { label: string; colour: string; dash: string | undefined; bothEnds: boolean; description: string }> = {
  call: { label: 'Call', colour: 'var(--edge-call)', dash: undefined, bothEnds: false, description: 'Synchronous request: on the latency path' },
  async: { label: 'Async', colour: 'var(--edge-async)', dash: '6 4', bothEnds: false, description: 'Message through a queue: off the latency path' },
  replication: { label: 'Replication', colour: 'var(--edge-replication)', dash: '1.5 4', bothEnds: true, description: 'Data copied between stores' },
};

/** The id of the arrowhead drawn at the ends of an edge of `kind` (one marker per kind, in `EdgeMarkers`). */
export const edgeMarkerId = (kind: EdgeKind) => `meridian-arrow-${kind}`;

const trim = (value: number) => Number(value.toPrecision(4)).toString();

/** A short label for edges that differ from the plain default ("reads", "×3", "sync"). */
export function edgeLabel(edge: ScenarioEdge): string | undefined {
  switch (edge.kind) {
    case 'call': {
      const parts = [edge.appliesTo === 'all' ? '' : edge.appliesTo, edge.callsPerRequest === 1 ? '' : `×${trim(edge.callsPerRequest)}`];
      if (edge.retries > 0) parts.push(`${edge.retries} retr${edge.retries === 1 ? 'y' : 'ies'}`);
      return parts.filter(Boolean).join(' · ') || undefined;
    }
    case 'async':
      return edge.messagesPerRequest === 1 ? undefined : `×${trim(edge.messagesPerRequest)}`;
    case 'replication':
      return edge.mode === 'sync' ? 'sync' : `async · ${trim(edge.lagMs)} ms`;
  }
}
