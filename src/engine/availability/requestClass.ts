import type { CallEdge } from '../../model';

/** Requests are reads or writes (workload.readFraction); edges may apply to only one of them. */
export type RequestClass = 'read' | 'write';

export const requestClasses: readonly RequestClass[] = ['read', 'write'];

/** Whether a call edge is made by requests of `requestClass` (its `appliesTo`, and a non-zero call rate). */
export function callEdgeApplies(edge: CallEdge, requestClass: RequestClass): boolean {
  if (edge.callsPerRequest <= 0) return false;
  return edge.appliesTo === 'all' || (edge.appliesTo === 'reads') === (requestClass === 'read');
}
