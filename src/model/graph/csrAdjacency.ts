/** Builds CSR arrays (`start` of length n + 1, `edges`) from each edge's source vertex (−1 = skip), edges in index order. */
export function csrAdjacency(vertexCount: number, sourceOf: (edge: number) => number, edgeCount: number): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(vertexCount + 1);
  for (let e = 0; e < edgeCount; e += 1) {
    const v = sourceOf(e);
    if (v >= 0) start[v + 1] = (start[v + 1] ?? 0) + 1;
  }
  for (let v = 0; v < vertexCount; v += 1) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const fill = start.slice(0, vertexCount);
  const edges = new Int32Array(start[vertexCount] ?? 0);
  for (let e = 0; e < edgeCount; e += 1) {
    const v = sourceOf(e);
    if (v >= 0) {
      edges[fill[v] ?? 0] = e;
      fill[v] = (fill[v] ?? 0) + 1;
    }
  }
  return { start, edges };
}
