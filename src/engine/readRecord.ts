/**
 * What a computation read of its input, so that a cache can tell whether a new input would give the
 * same result: the key of the cache is derived from the reads themselves, never from a hand-kept list
 * of fields (SPEC §6, STYLE habit 10), so a field added to the model later and read by the
 * computation is part of the key the day it is read.
 *
 * Plain objects and arrays are seen through proxies that note each property read (its value, or
 * whether it is there), each key listing and each `in` test. Anything else is a leaf: typed arrays
 * compared by content, other objects (maps, class instances) by identity, frozen properties by deep
 * equality (a proxy may not stand in for a frozen object's property). The input must be immutable data, edited by copying
 * (the store's and the commands' rule): an object met again is not looked into.
 */
export interface ReadRecord {
  readonly root: ReadNode;
}

class ReadNode {
  /** Property reads: the child node of an object or array, else the value found (a leaf). */
  readonly values = new Map<PropertyKey, unknown>();
  /** `key in object` tests and what they answered (made on the first: most objects are only read). */
  present: Map<PropertyKey, boolean> | null = null;
  /** The object's own keys, when the computation listed them. */
  keys: PropertyKey[] | null = null;
  /** What `readDerived` found: a function of the object and its result (made on the first). */
  derived: Map<(object: never) => unknown, unknown> | null = null;

  /**
   * @param target the object the computation read (through its proxy), or the latest object found
   * to hold every read of this node (`holds` moves it on, so that the next check of that object, or
   * of one sharing it, stops at the first comparison)
   */
  constructor(public target: object) {}
}

/** What a recording proxy answers for this key: its handler (`readDerived` looks it up), never an input's data. */
const handlerKey = Symbol('recordReads handler');

/**
 * `derive(object)`, recorded (when `object` is seen through `recordReads`) as a read of that one
 * value rather than of the fields `derive` reads: a computation that depends on a field only through
 * it (whether a fleet survives the loss of one instance, `minHealthy ≥ instances`) is not invalidated
 * by the edits that keep it. `derive` must be a pure function of `object`.
 */
export function readDerived<T extends object, V>(object: T, derive: (object: T) => V): V {
  const seen = (object as { [handlerKey]?: RecordingHandler })[handlerKey];
  if (!seen) return derive(object);
  const value = derive(seen.target as T);
  if (seen.recording.active) (seen.node.derived ??= new Map()).set(derive as (object: never) => unknown, value);
  return value;
}

function isPlain(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * Deep equality of plain data (objects and arrays whose prototype is the language's); other objects by
 * identity, typed arrays by content, numbers by `Object.is`. A pure function of such data gives the
 * same result for two inputs it calls the same.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b) && !(a instanceof DataView) && !(b instanceof DataView)) {
    return Object.getPrototypeOf(a) === Object.getPrototypeOf(b) && sameNumbers(a as unknown as ArrayLike<number>, b as unknown as ArrayLike<number>);
  }
  if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Reflect.ownKeys(a);
  if (keys.length !== Reflect.ownKeys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameData((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key]));
}

/**
 * Runs `compute` on `input` seen through recording proxies and returns its result with the record of
 * what it read. Recording stops when `compute` returns: a result that keeps a piece of the input keeps
 * a proxy that no longer records, so a computation whose result is read later should hand back its own
 * data (the caches that use this hold compiled tables).
 */
export function recordReads<T extends object, R>(input: T, compute: (input: T) => R): { result: R; record: ReadRecord } {
  const recording = new Recording();
  try {
    const result = compute(recording.proxyOf(input) as T);
    return { result, record: { root: recording.nodeOf(input) } };
  } finally {
    recording.active = false;
  }
}

/** One `recordReads` call: the node and the proxy of each object it met (a Map: it lives only as long as the call's proxies). */
class Recording {
  active = true;
  private readonly handlers = new Map<object, RecordingHandler>();

  nodeOf(target: object): ReadNode {
    return this.handlerOf(target).node;
  }

  proxyOf(target: object): object {
    return this.handlerOf(target).proxy;
  }

  handlerOf(target: object): RecordingHandler {
    let handler = this.handlers.get(target);
    if (!handler) {
      handler = new RecordingHandler(target, this);
      this.handlers.set(target, handler);
    }
    return handler;
  }
}

/**
 * The proxy handler of one object: one class for every object, its traps on the prototype, so that a
 * recording allocates one small handler per object read, not a set of closures, and the traps stay
 * monomorphic (a structural edit at 1 000 components reads tens of thousands of properties).
 */
class RecordingHandler implements ProxyHandler<object> {
  readonly node: ReadNode;
  readonly proxy: object;
  /** A frozen object's properties must be handed out as they are: its children are leaves. */
  private readonly frozen: boolean;

  constructor(
    readonly target: object,
    readonly recording: Recording,
  ) {
    this.node = new ReadNode(target);
    this.frozen = Object.isFrozen(target);
    this.proxy = new Proxy(target, this);
  }

  get(object: object, key: PropertyKey): unknown {
    if (key === handlerKey) return this;
    const value: unknown = (object as Record<PropertyKey, unknown>)[key];
    // Methods are the language's (an array's map…), not the input's data.
    if (typeof value === 'function' || typeof key === 'symbol') return value;
    const { recording, node } = this;
    if (value === null || typeof value !== 'object') {
      if (recording.active) node.values.set(key, value);
      return value;
    }
    if (this.frozen || !isPlain(value)) {
      // A typed array is kept as it was read: the input's owner might fill it again in place. The
      // input holds still while recording, so the first read's copy stands for every later one (a
      // compile reading `edgeAppliesTo` per edge would otherwise copy it per edge).
      if (recording.active && !node.values.has(key)) node.values.set(key, ArrayBuffer.isView(value) && !(value instanceof DataView) ? (value as unknown as Float64Array).slice() : value);
      return value;
    }
    const child = recording.handlerOf(value);
    if (recording.active) node.values.set(key, child.node);
    return child.proxy;
  }

  has(object: object, key: PropertyKey): boolean {
    const found = Reflect.has(object, key);
    if (this.recording.active) (this.node.present ??= new Map()).set(key, found);
    return found;
  }

  ownKeys(object: object): ArrayLike<string | symbol> {
    const keys = Reflect.ownKeys(object);
    if (this.recording.active) this.node.keys = keys;
    return keys;
  }

  set(): boolean {
    throw new TypeError('recordReads: the input is read-only while its reads are recorded');
  }

  deleteProperty(): boolean {
    throw new TypeError('recordReads: the input is read-only while its reads are recorded');
  }
}

/** Whether `key` names an array element ("0", "1", …: the keys a proxy's traps get for indices). */
function isIndexKey(key: PropertyKey): boolean {
  if (typeof key !== 'string' || key.length === 0) return false;
  const index = Number(key);
  return Number.isInteger(index) && index >= 0 && index < 2 ** 32 - 1 && String(index) === key;
}

/** An array node's reads of keys that are not element indices (`length`…), listed on its first check that skips elements. */
const otherReads = new WeakMap<ReadNode, { values: PropertyKey[]; present: PropertyKey[] }>();

function otherReadsOf(node: ReadNode): { values: PropertyKey[]; present: PropertyKey[] } {
  let reads = otherReads.get(node);
  if (!reads) {
    reads = { values: [...node.values.keys()].filter((key) => !isIndexKey(key)), present: [...(node.present?.keys() ?? [])].filter((key) => !isIndexKey(key)) };
    otherReads.set(node, reads);
  }
  return reads;
}

/** The indices at which an array differs from the one it was last compared with: most edits copy an array of a thousand elements to change one. */
const changedElements = new WeakMap<readonly unknown[], { from: readonly unknown[]; indices: number[] }>();

/**
 * The indices where `to` has another element than `from` (or none: a hole or undefined is never taken
 * for the same), null when their lengths differ; computed once per pair, since every cache's record
 * of the design compares the same two arrays.
 */
function changedIndices(from: readonly unknown[], to: readonly unknown[]): number[] | null {
  if (from.length !== to.length) return null;
  const kept = changedElements.get(to);
  if (kept?.from === from) return kept.indices;
  const indices: number[] = [];
  for (let i = 0; i < to.length; i += 1) if (to[i] !== from[i] || to[i] === undefined) indices.push(i);
  changedElements.set(to, { from, indices });
  return indices;
}

/** Whether a read (`read`: a child node or a value) finds the same in `current`. */
function readHolds(read: unknown, current: unknown): boolean {
  return read instanceof ReadNode ? holds(read, current) : sameData(read, current);
}

/**
 * Whether the reads of an array's node hold in `array`, which has the length of the node's target: an
 * element that is the target's own holds its reads already (the target held them all), so only the
 * changed elements and the other keys are checked.
 */
function arrayHolds(node: ReadNode, array: readonly unknown[], changed: readonly number[]): boolean {
  const object = array as unknown as Record<PropertyKey, unknown>;
  const others = otherReadsOf(node);
  for (const key of others.values) if (!readHolds(node.values.get(key), object[key])) return false;
  for (const key of others.present) if (key in object !== node.present?.get(key)) return false;
  for (const index of changed) {
    const key = String(index);
    if (node.values.has(key) && !readHolds(node.values.get(key), object[key])) return false;
    const found = node.present?.get(key);
    if (found !== undefined && key in object !== found) return false;
  }
  return true;
}

function holds(node: ReadNode, value: unknown): boolean {
  if (value === node.target) return true;
  if (!isPlain(value) || Array.isArray(value) !== Array.isArray(node.target)) return false;
  const object = value as Record<PropertyKey, unknown>;
  const changed = Array.isArray(value) && node.keys === null ? changedIndices(node.target as unknown[], value) : null;
  if (changed !== null) {
    if (!arrayHolds(node, value as unknown[], changed)) return false;
  } else {
    // Keys, then each value: a `[key, read]` entry per property read was a tenth of an edit's garbage.
    for (const key of node.values.keys()) if (!readHolds(node.values.get(key), object[key])) return false;
    if (node.present) for (const [key, found] of node.present) if (key in object !== found) return false;
  }
  if (node.derived) for (const [derive, derived] of node.derived) if (!sameData(derived, derive(value as never))) return false;
  if (node.keys) {
    const keys = Reflect.ownKeys(object);
    if (keys.length !== node.keys.length || keys.some((key, i) => key !== node.keys?.[i])) return false;
  }
  // Every read finds its value in `value`: it stands for the recorded object from now on (the input is immutable data).
  node.target = value;
  return true;
}

/**
 * True when every read of `record` finds the same value in `input`: the computation, being a function
 * of what it read, would give the same result for `input`. O(reads of the objects `input` does not
 * share with the input last found to hold, or else the recorded one).
 */
export function readsHold(record: ReadRecord, input: unknown): boolean {
  return holds(record.root, input);
}

/** The latest result of one computation and what computing it read: the memo `keptWhileReadsHold` keeps. */
export interface ReadsMemo<R> {
  latest?: { result: R; record: ReadRecord };
}

/**
 * `compute(input)`, kept in `memo` while every read of the latest computation finds the same value in
 * `input` (`readsHold`), else computed afresh through `recordReads` and kept instead: the one way the
 * engine's caches reuse a result, keyed by what it read.
 */
export function keptWhileReadsHold<T extends object, R>(memo: ReadsMemo<R>, input: T, compute: (input: T) => R): R {
  const { latest } = memo;
  if (latest && readsHold(latest.record, input)) return latest.result;
  const { result, record } = recordReads(input, compute);
  memo.latest = { result, record };
  return result;
}
