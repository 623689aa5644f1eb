import { opCall, opKth, opSequence, operandAIsReference, scalarMiss, scalarRoute, type LatencyProgram, type ScalarTable } from './latencyProgram';

/**
 * The structure of every node of a latency program, as numbers: what its scalars read, its
 * instructions (operation, immediates, which of its scalars each reads, operands inside the node by
 * position) and the nodes it reads by content id. Two nodes with equal tokens compute the same delay
 * from the same scalar values and child values; equal content ids mean equal tokens.
 */
export interface NodeSignatures {
  /** Content id of each node: equal between two programs' nodes (one matched against the other) with equal tokens. */
  ids: Int32Array;
  /** Tokens of node j: `tokens[tokenStart[j] … tokenStart[j + 1] − 1]`. */
  tokenStart: Int32Array;
  tokens: Float64Array;
  /** The first node with each hash of its tokens; `sameHash` chains each node to the next with its hash (−1: none). */
  byHash: Map<number, number>;
  sameHash: Int32Array;
  /** One more than the largest content id. */
  nextId: number;
}

/** A growing list of tokens in one typed array. */
class TokenList {
  values = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }
}

/** Appends the tokens of what scalar `s` reads (kind, array, literal, scale, then its element, route or caches). */
function pushScalar(table: ScalarTable, s: number, out: TokenList): void {
  const kind = table.kind[s] ?? 0;
  out.push(kind);
  out.push(table.array[s] ?? 0);
  out.push(table.literal[s] ?? 0);
  out.push(table.scale[s] ?? 0);
  const group = kind === scalarRoute ? table.routeGroups[table.index[s] ?? 0] : undefined;
  if (group) {
    out.push(group.router);
    out.push(group.context);
    out.push(group.edges.length);
    for (const edge of group.edges) out.push(edge);
  } else out.push(table.index[s] ?? 0);
  if (kind === scalarMiss) {
    const start = table.listStart[s] ?? 0;
    const end = table.listStart[s + 1] ?? 0;
    out.push(end - start);
    for (let j = start; j < end; j += 1) out.push(table.listItems[j] ?? 0);
  }
}

const hashView = new Float64Array(1);
const hashWords = new Int32Array(hashView.buffer);

function hashTokens(tokens: Float64Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) {
    hashView[0] = tokens[i] ?? 0;
    h = Math.imul(h ^ (hashWords[0] ?? 0), 0x01000193);
    h = Math.imul(h ^ (hashWords[1] ?? 0), 0x01000193);
  }
  return h;
}

function sameTokens(a: ArrayLike<number>, aStart: number, b: ArrayLike<number>, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i += 1) if (!Object.is(a[aStart + i], b[bStart + i])) return false;
  return true;
}

/** The node with tokens `tokens[start … start + length)` among the nodes chained from `first` (`byHash`, `sameHash`), or −1. */
function findTokens(first: number | undefined, sameHash: Int32Array, source: Float64Array, sourceStart: Int32Array, tokens: Float64Array, start: number, length: number): number {
  for (let other = first ?? -1; other >= 0; other = sameHash[other] ?? -1) {
    const otherStart = sourceStart[other] ?? 0;
    if ((sourceStart[other + 1] ?? 0) - otherStart === length && sameTokens(source, otherStart, tokens, start, length)) return other;
  }
  return -1;
}

/**
 * The `NodeSignatures` of `program`, and for each node the node of `previous`'s program with the same
 * tokens (−1 when none): content ids continue `previous`'s, so a node equal to one there gets its id.
 */
export function matchNodeSignatures(program: LatencyProgram, previous: NodeSignatures | null): { signatures: NodeSignatures; match: Int32Array } {
  const { nodeStart, nodeScalarStart, nodeScalars, op, a, b, s0, s1, s2, s3, guard, partStart, parts, partWeights } = program;
  const nodeOf = new Int32Array(op.length);
  for (let node = 0; node < program.nodeCount; node += 1) nodeOf.fill(node, nodeStart[node] ?? 0, nodeStart[node + 1] ?? 0);
  // Position of each scalar among the current node's (instructions name scalars by position, −1: none).
  const position = new Int32Array(program.scalars.count);
  const ids = new Int32Array(program.nodeCount);
  const match = new Int32Array(program.nodeCount).fill(-1);
  const tokenStart = new Int32Array(program.nodeCount + 1);
  const byHash = new Map<number, number>();
  const sameHash = new Int32Array(program.nodeCount).fill(-1);
  const lastByHash = new Map<number, number>();
  const list = new TokenList();
  let nextId = previous?.nextId ?? 0;
  let first = 0;
  let end = 0;
  const local = (scalar: number) => (scalar < 0 ? -1 : (position[scalar] ?? 0));
  // Operands inside the node as −1 − position, others as the content id of their node.
  const ref = (x: number) => (x >= first && x < end ? first - x - 1 : (ids[nodeOf[x] ?? 0] ?? 0));
  for (let node = 0; node < program.nodeCount; node += 1) {
    first = nodeStart[node] ?? 0;
    end = nodeStart[node + 1] ?? 0;
    const start = list.length;
    list.push((nodeScalarStart[node + 1] ?? 0) - (nodeScalarStart[node] ?? 0));
    list.push(end - first);
    for (let j = nodeScalarStart[node] ?? 0; j < (nodeScalarStart[node + 1] ?? 0); j += 1) {
      const scalar = nodeScalars[j] ?? 0;
      position[scalar] = j - (nodeScalarStart[node] ?? 0);
      pushScalar(program.scalars, scalar, list);
    }
    for (let i = first; i < end; i += 1) {
      const code = op[i] ?? 0;
      list.push(code);
      list.push(operandAIsReference[code] === 1 ? ref(a[i] ?? 0) : 0);
      list.push(code === opSequence ? ref(b[i] ?? 0) : code === opKth || code === opCall ? (b[i] ?? 0) : 0);
      list.push(local(s0[i] ?? -1));
      list.push(local(s1[i] ?? -1));
      list.push(local(s2[i] ?? -1));
      list.push(local(s3[i] ?? -1));
      list.push(local(guard[i] ?? -1));
      list.push((partStart[i + 1] ?? 0) - (partStart[i] ?? 0));
      for (let j = partStart[i] ?? 0; j < (partStart[i + 1] ?? 0); j += 1) {
        list.push(ref(parts[j] ?? 0));
        list.push(local(partWeights[j] ?? -1));
      }
    }
    const length = list.length - start;
    const hash = hashTokens(list.values, start, list.length);
    const twin = findTokens(byHash.get(hash), sameHash, list.values, tokenStart, list.values, start, length);
    const other = previous ? findTokens(previous.byHash.get(hash), previous.sameHash, previous.tokens, previous.tokenStart, list.values, start, length) : -1;
    match[node] = other;
    ids[node] = twin >= 0 ? (ids[twin] ?? 0) : other >= 0 ? (previous?.ids[other] ?? 0) : nextId++;
    tokenStart[node + 1] = list.length;
    const last = lastByHash.get(hash);
    if (last === undefined) byHash.set(hash, node);
    else sameHash[last] = node;
    lastByHash.set(hash, node);
  }
  return { signatures: { ids, tokenStart, tokens: list.values.slice(0, list.length), byHash, sameHash, nextId }, match };
}
