import type { CallEdge } from '../../model';
import { readDerived } from '../readRecord';

/** Requests are reads or writes (workload.readFraction); edges may apply to only one of them. */
export type RequestClass = 'read' | 'write';

export const requestClasses: readonly RequestClass[] = ['read', 'write'];

/** How often a call is made, as the availability structure sees it: on no request, some (a `callMade` variable) or every one. */
export function callRateClass(edge: CallEdge): 'never' | 'sometimes' | 'always' {
  return edge.callsPerRequest <= 0 ? 'never' : edge.callsPerRequest < 1 ? 'sometimes' : 'always';
}

/** Whether a call edge is made by requests of `requestClass` (its `appliesTo`, and a non-zero call rate). */
export function callEdgeApplies(edge: CallEdge, requestClass: RequestClass): boolean {
  if (readDerived(edge, callRateClass) === 'never') return false;
  return edge.appliesTo === 'all' || (edge.appliesTo === 'reads') === (requestClass === 'read');
}
