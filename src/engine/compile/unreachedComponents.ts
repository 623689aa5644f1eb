import type { CompiledTopology } from './compiledModel';

/** The answer per topology: it depends on the structure only. */
const unreached = new WeakMap<CompiledTopology, number[]>();

/**
 * Components no request can reach: not reachable from any population along call, async or
 * replication edges (breadth-first from the populations' edges, O(components + edges)). Such a
 * component is drawn but idle: it adds cost, no latency and no availability.
 */
export function unreachedComponents(t: CompiledTopology): number[] {
  const cached = unreached.get(t);
  if (cached) return cached;
  const n = t.componentIds.length;
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  const reached = new Uint8Array(n);
  const queue: number[] = [];
  t.edgeIds.forEach((_, e) => {
    const from = t.edgeFrom[e] ?? -1;
    const to = t.edgeTo[e] ?? 0;
    if (from >= 0) outgoing[from]?.push(to);
    else if (reached[to] === 0) {
      reached[to] = 1;
      queue.push(to);
    }
  });
  for (let i = 0; i < queue.length; i += 1) {
    for (const to of outgoing[queue[i] ?? 0] ?? []) {
      if (reached[to] === 1) continue;
      reached[to] = 1;
      queue.push(to);
    }
  }
  const result: number[] = [];
  for (let c = 0; c < n; c += 1) if (reached[c] === 0) result.push(c);
  unreached.set(t, result);
  return result;
}
