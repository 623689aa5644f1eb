import type { ClientPopulation, Component } from '../../model';
import { callEdgeApplies, requestClasses, type RequestClass } from './requestClass';
import type { ScenarioFaultTree } from './scenarioFaultTree';
import { componentDomainIds, databaseCopyCount, databaseCopyPlacementKey, failureDomainIds, type ScenarioGraph } from './scenarioGraph';
import { failoverRouterKindSet } from '../compile/callPlans';

/**
 * The synchronous calls that requests of one class make, as index arrays. A "slot" is one applicable
 * call edge out of a component; slots are grouped by caller (CSR), in scenario edge order.
 */
export interface ClassCallGraph {
  requestClass: RequestClass;
  /**
   * Components in the order the traffic walk visits them: Kahn's algorithm over the applicable calls
   * (a component once all its callers are done; a stack, seeded in scenario order). Components on a
   * synchronous cycle never become ready and are absent.
   */
  order: Int32Array;
  /** Per component (index in `scenario.components`): first slot; length components + 1. */
  outStart: Int32Array;
  /** Per slot: index of the call edge in `scenario.edges`. */
  slotEdge: Int32Array;
  /** Per slot: index of the callee in `scenario.components`. */
  slotTo: Int32Array;
  /** Per slot: first entry in `slotDomainVariables`; length slots + 1. */
  slotDomainStart: Int32Array;
  /**
   * Failure-domain variables whose outage a router with ≥ 2 targets fails over from, per slot: the
   * domains a health check of the callee sees fail (its own; for a failover router, those holding
   * every one of its targets) that hold neither the router nor every one of its targets.
   */
  slotDomainVariables: Int32Array;
}

/** The entry calls of one root (population × request class). */
export interface RootTraffic {
  populationIndex: number;
  calls: ClassCallGraph;
  /** Entry calls of the population: indexes in `scenario.edges`. */
  entryEdge: Int32Array;
  /** Entry calls of the population: callee indexes in `scenario.components`. */
  entryTo: Int32Array;
}

/**
 * Everything the per-edit traffic-share and failover walk needs that depends only on the structure,
 * resolved once per structural edit to indexes into the scenario's arrays.
 */
export interface TrafficPlan {
  /** Per compiled root, in `structure.roots` order. */
  roots: RootTraffic[];
  /** Per component: its first failure variable (its unit, or a database's primary copy). */
  unitVariable: Int32Array;
  /** Per component: 1 for a primaryReplica or distributedSql database with ≥ 2 copies (losing the primary costs a promotion). */
  primaryFailsOver: Uint8Array;
  /** Per component: first entry in `primaryDomainVariables`; length components + 1. */
  primaryDomainStart: Int32Array;
  /** Domains holding such a database's primary but not all its copies (their outage forces a promotion). */
  primaryDomainVariables: Int32Array;
}

/** CSR arrays from per-index lists. */
export function toCsr(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => {
    start[i + 1] = (start[i] as number) + list.length;
  });
  const items = new Int32Array(start[lists.length] as number);
  lists.forEach((list, i) => items.set(list, start[i]));
  return { start, items };
}

/**
 * The components and their call edges as both request classes' walks need them, each field read once:
 * the scenario is read through recording proxies (`recordReads`), where reading it again per class
 * made this plan cost four times its work at 1 000 components.
 */
interface ComponentCalls {
  kinds: Component['kind'][];
  /** Per component: its synchronous calls to components (edge and callee indexes), in scenario edge order, and the classes they apply to. */
  calls: Array<Array<{ edge: number; to: number; applies: Record<RequestClass, boolean> }>>;
  /** Per component: the failure domains of its own unit (`componentDomainIds`), read when first needed. */
  ownDomains: (c: number) => string[];
}

function componentCalls(graph: ScenarioGraph): ComponentCalls {
  const { components } = graph.scenario;
  const { componentIndex, edgeIndex } = graph;
  const kinds: Component['kind'][] = [];
  const calls: ComponentCalls['calls'] = [];
  for (const component of components) {
    kinds.push(component.kind);
    const out: ComponentCalls['calls'][number] = [];
    for (const edge of graph.callsFrom.get(component.id) ?? []) {
      const to = componentIndex.get(edge.to);
      if (to === undefined) continue;
      out.push({ edge: edgeIndex.get(edge.id) as number, to, applies: { read: callEdgeApplies(edge, 'read'), write: callEdgeApplies(edge, 'write') } });
    }
    calls.push(out);
  }
  const domains: Array<string[] | undefined> = [];
  const ownDomains = (c: number) => (domains[c] ??= componentDomainIds(graph, components[c] as Component));
  return { kinds, calls, ownDomains };
}

function classCallGraph(componentsCalls: ComponentCalls, structure: ScenarioFaultTree, requestClass: RequestClass): ClassCallGraph {
  const { kinds, calls, ownDomains } = componentsCalls;
  const componentCount = kinds.length;
  const out: number[][] = [];
  const outTo: number[] = [];
  const pending = new Int32Array(componentCount);
  for (const componentCalls of calls) {
    const slots: number[] = [];
    for (const call of componentCalls) {
      if (!call.applies[requestClass]) continue;
      slots.push(call.edge);
      outTo.push(call.to);
      pending[call.to] = (pending[call.to] as number) + 1;
    }
    out.push(slots);
  }
  const slots = toCsr(out);
  const slotTo = Int32Array.from(outTo);

  const order: number[] = [];
  const ready: number[] = [];
  for (let c = 0; c < componentCount; c += 1) if (pending[c] === 0) ready.push(c);
  while (ready.length > 0) {
    const c = ready.pop() as number;
    order.push(c);
    for (let s = slots.start[c] as number; s < (slots.start[c + 1] as number); s += 1) {
      const to = slotTo[s] as number;
      pending[to] = (pending[to] as number) - 1;
      if (pending[to] === 0) ready.push(to);
    }
  }

  // Domains a health check of component c sees fail: its own and, for a failover router, those holding
  // every one of its targets (an ALB without a healthy target answers 503, so DNS moves away from it).
  // Depth-first with an explicit stack: routers may stand in a chain thousands long.
  const checked = new Map<number, string[]>();
  const finished = new Set<number>();
  const isCheckedRouter = (c: number) => failoverRouterKindSet.has(kinds[c] as Component['kind']) && (slots.start[c + 1] as number) > (slots.start[c] as number);
  const healthDomains = (root: number): string[] => {
    const stack = [root];
    while (stack.length > 0) {
      const c = stack[stack.length - 1] as number;
      const start = slots.start[c] as number;
      const end = slots.start[c + 1] as number;
      if (finished.has(c)) stack.pop();
      else if (!checked.has(c)) {
        checked.set(c, []); // a call cycle through routers adds nothing
        if (isCheckedRouter(c)) for (let s = end - 1; s >= start; s -= 1) if (!checked.has(slotTo[s] as number)) stack.push(slotTo[s] as number);
      } else {
        const own = ownDomains(c);
        const targets = isCheckedRouter(c) ? Array.from(slotTo.subarray(start, end), (to) => checked.get(to) ?? []) : [];
        checked.set(c, targets.length === 0 ? own : [...new Set([...own, ...domainsOfAll(targets)])]);
        finished.add(c);
        stack.pop();
      }
    }
    return checked.get(root) ?? [];
  };
  const domainLists: number[][] = Array.from(slotTo, () => []);
  for (let c = 0; c < componentCount; c += 1) {
    const start = slots.start[c] as number;
    const end = slots.start[c + 1] as number;
    if (end - start < 2) continue;
    const routerDomains = new Set(ownDomains(c));
    const targetDomains: string[][] = [];
    for (let s = start; s < end; s += 1) targetDomains.push(healthDomains(slotTo[s] as number));
    const shared = new Set(domainsOfAll(targetDomains));
    targetDomains.forEach((ids, i) => {
      for (const domain of ids) {
        if (routerDomains.has(domain) || shared.has(domain)) continue;
        domainLists[start + i]?.push(structure.groupVariable.get(domain) as number);
      }
    });
  }
  const domains = toCsr(domainLists);
  return { requestClass, order: new Int32Array(order), outStart: slots.start, slotEdge: slots.items, slotTo, slotDomainStart: domains.start, slotDomainVariables: domains.items };
}

/**
 * Compiles the call graph availability walks for a scenario's structure: per request class, the
 * applicable calls and the walk order; per root, its entry calls (how much each carries is the design's
 * one traffic plan, `populationTraffic`); per component, its unit variable and, for replicated
 * databases, the domains whose outage forces a promotion. O(components + edges) per class.
 */
export function compileTrafficPlan(graph: ScenarioGraph, structure: ScenarioFaultTree): TrafficPlan {
  const { components, clients } = graph.scenario;
  const { componentIndex, edgeIndex } = graph;
  const componentsCalls = componentCalls(graph);
  const classes = new Map(requestClasses.map((requestClass) => [requestClass, classCallGraph(componentsCalls, structure, requestClass)]));
  const clientIndex = new Map(clients.map((c, i) => [c.id, i]));

  const roots = structure.roots.map((root): RootTraffic => {
    const populationIndex = clientIndex.get(root.populationId) as number;
    const client = clients[populationIndex] as ClientPopulation;
    const calls = classes.get(root.requestClass) as ClassCallGraph;
    const entries = (graph.callsFrom.get(client.id) ?? []).filter((e) => callEdgeApplies(e, root.requestClass) && componentIndex.has(e.to));
    return {
      populationIndex,
      calls,
      entryEdge: Int32Array.from(entries, (e) => edgeIndex.get(e.id) as number),
      entryTo: Int32Array.from(entries, (e) => componentIndex.get(e.to) as number),
    };
  });

  const unitVariable = new Int32Array(components.map((c) => structure.componentVariables.get(c.id)?.[0] ?? -1));
  const primaryFailsOver = new Uint8Array(components.length);
  const primaryDomains = components.map((component, c) => {
    if (component.kind !== 'database' || (component.model !== 'primaryReplica' && component.model !== 'distributedSql') || databaseCopyCount(component) < 2) return [];
    primaryFailsOver[c] = 1;
    const copyDomains = Array.from({ length: databaseCopyCount(component) }, (_, k) => failureDomainIds(graph.placements.get(databaseCopyPlacementKey(component.id, k))));
    return (copyDomains[0] ?? []).filter((domain) => !copyDomains.every((ids) => ids.includes(domain))).map((domain) => structure.groupVariable.get(domain) as number);
  });
  const primary = toCsr(primaryDomains);
  return { roots, unitVariable, primaryFailsOver, primaryDomainStart: primary.start, primaryDomainVariables: primary.items };
}

/** The domains in every one of `lists`, in the first list's order: O(total length), for routers with thousands of targets. */
function domainsOfAll(lists: readonly (readonly string[])[]): string[] {
  const count = new Map<string, number>();
  for (const list of lists) for (const domain of new Set(list)) count.set(domain, (count.get(domain) ?? 0) + 1);
  return (lists[0] ?? []).filter((domain) => count.get(domain) === lists.length);
}
