import type { ComponentKind } from '../../model';
import type { CallPlan, CallPlans } from '../compile/callPlans';
import { edgeKindAsync, type CompiledTopology } from '../compile/compiledModel';
import { calleeIsClientSide, contextOfComponent } from '../compile/requestContext';

/** Where a call lands: the callee, its request context and whether it is still on the client's side. */
export interface Landing {
  component: number;
  context: number;
  clientSide: boolean;
}

/** Where a call over edge e lands (`Landing`); null for a database (no response of its own). */
export function landingOf(t: CompiledTopology, e: number, caller: number, callerContext: number, callerClientSide: boolean): Landing | null {
  const callee = t.edgeTo[e] ?? 0;
  const calleeKind: ComponentKind = t.kinds[callee] ?? 'compute';
  if (calleeKind === 'database') return null;
  const callerIsPopulation = caller < 0;
  const callerKind = callerIsPopulation ? null : (t.kinds[caller] ?? null);
  return { component: callee, context: contextOfComponent(t, callee, callerContext), clientSide: calleeIsClientSide(callerIsPopulation, callerKind, callerClientSide, calleeKind) };
}

/** The async edges out of component c that carry messages (call cycles cut). */
export function messageEdges(t: CompiledTopology, c: number): number[] {
  const edges: number[] = [];
  for (let i = t.flowOutStart[c] ?? 0; i < (t.flowOutStart[c + 1] ?? 0); i += 1) {
    const e = t.flowOutEdges[i] ?? 0;
    if (t.edgeKind[e] === edgeKindAsync && t.cyclic[e] !== 1) edges.push(e);
  }
  return edges;
}

/** The memo key of a response; components whose response is the same for reads and writes share one unless `byClass`. */
export function responseKey(t: CompiledTopology, plans: CallPlans, c: number, classIndex: number, context: number, clientSide: boolean, byClass: boolean): number {
  const classKey = byClass || plans.classSensitive[c] === 1 ? classIndex : 0;
  return ((c * 2 + classKey) * (t.populationIds.length + t.componentIds.length) + context) * 2 + (clientSide ? 1 : 0);
}

/**
 * Every component response a request can reach, in the order a walk builds them: callees before
 * callers (reverse topological order of the call graph), each component's in the order the search met
 * them. Flat quadruples (component, class, context, client side 0/1).
 */
function searchResponses(t: CompiledTopology, plans: CallPlans, followMessages: boolean): Int32Array {
  const reached = new Set<number>();
  const byComponent: Array<Array<[number, number, boolean]>> = t.componentIds.map(() => []);
  const pending: Array<[number, number, number, boolean]> = [];
  const follow = (edges: readonly number[], caller: number, classIndex: number, context: number, clientSide: boolean) => {
    for (const e of edges) {
      const callee = landingOf(t, e, caller, context, clientSide);
      if (callee === null) continue;
      const key = responseKey(t, plans, callee.component, classIndex, callee.context, callee.clientSide, true);
      if (reached.has(key)) continue;
      reached.add(key);
      byComponent[callee.component]?.push([classIndex, callee.context, callee.clientSide]);
      pending.push([callee.component, classIndex, callee.context, callee.clientSide]);
    }
  };
  // A router's edges, else each step's in order: what the plan calls.
  const followPlan = (plan: CallPlan | undefined, caller: number, classIndex: number, context: number, clientSide: boolean) => {
    if (!plan) return;
    if (plan.router) follow(plan.routeEdges, caller, classIndex, context, clientSide);
    else for (const step of plan.steps) follow(step.edges, caller, classIndex, context, clientSide);
  };
  for (let p = 0; p < t.populationIds.length; p += 1) for (let k = 0; k < 2; k += 1) followPlan(plans.populations[p * 2 + k], -(p + 1), k, p, true);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [c, classIndex, context, clientSide] = next;
    followPlan(plans.components[c * 2 + classIndex], c, classIndex, context, clientSide);
    if (followMessages) follow(messageEdges(t, c), c, classIndex, context, false);
  }
  const schedule: number[] = [];
  for (let i = t.topologicalOrder.length - 1; i >= 0; i -= 1) {
    const c = t.topologicalOrder[i] ?? 0;
    for (const [classIndex, context, clientSide] of byComponent[c] ?? []) schedule.push(c, classIndex, context, clientSide ? 1 : 0);
  }
  return Int32Array.from(schedule);
}

/** The schedules found per call plans, for the topology they were built on: without and with messages followed. */
const schedules = new WeakMap<CallPlans, { topology: CompiledTopology; byMessages: [Int32Array | null, Int32Array | null] }>();

/**
 * The responses a request walk over `plans` builds, in order (`searchResponses`). It depends on the
 * topology and the plans alone, so the walks of one structure (the latency program, the step recorder,
 * the load runner, which also follows messages) search the call graph once between them.
 */
export function responseSchedule(t: CompiledTopology, plans: CallPlans, followMessages: boolean): Int32Array {
  let kept = schedules.get(plans);
  if (!kept || kept.topology !== t) {
    kept = { topology: t, byMessages: [null, null] };
    schedules.set(plans, kept);
  }
  const slot = followMessages ? 1 : 0;
  return (kept.byMessages[slot] ??= searchResponses(t, plans, followMessages));
}
