/**
 * Depth-first search over a directed graph given as CSR (`start`, `targets` of edge ids, `edgeTo`):
 * marks in `cyclic` every edge that closes a cycle (a back edge) and returns the vertices in
 * topological order of the remaining acyclic graph (reverse post-order; Tarjan 1976). Iterative, so
 * a 5 000-component chain cannot overflow the stack.
 */
export function topologicalOrder(vertexCount: number, start: Int32Array, edges: Int32Array, edgeTo: Int32Array, cyclic: Uint8Array): Int32Array {
  const state = new Uint8Array(vertexCount); // 0 new, 1 on stack, 2 done
  const cursor = new Int32Array(vertexCount);
  const stack = new Int32Array(vertexCount);
  const order = new Int32Array(vertexCount);
  let written = vertexCount;
  for (let root = 0; root < vertexCount; root += 1) {
    if (state[root] !== 0) continue;
    let depth = 0;
    stack[0] = root;
    state[root] = 1;
    cursor[root] = start[root] ?? 0;
    while (depth >= 0) {
      const v = stack[depth] ?? 0;
      const position = cursor[v] ?? 0;
      if (position < (start[v + 1] ?? 0)) {
        cursor[v] = position + 1;
        const edge = edges[position] ?? 0;
        const w = edgeTo[edge] ?? 0;
        if (state[w] === 1) cyclic[edge] = 1;
        else if (state[w] === 0) {
          state[w] = 1;
          cursor[w] = start[w] ?? 0;
          depth += 1;
          stack[depth] = w;
        }
      } else {
        state[v] = 2;
        written -= 1;
        order[written] = v;
        depth -= 1;
      }
    }
  }
  return order;
}
