import { useMeridianStore } from '../store';
import { evaluateOnPool } from './evaluateOnPool';

/**
 * Connects the printable report to the heavy-work pool: each time it is opened, every scenario it
 * prints is evaluated afresh (each on a worker of its own when there are enough), and the reports go
 * into the store together, unless it was closed or opened again meanwhile.
 */
export function bootstrapPrint(): void {
  useMeridianStore.subscribe((state, previous) => {
    const request = state.printReport;
    if (!request || request.id === previous.printReport?.id) return;
    const evaluations = Object.entries(request.documents).map(async ([tabId, document]) => [tabId, await evaluateOnPool(document)] as const);
    void Promise.all(evaluations).then((outcomes) => useMeridianStore.getState().printReportEvaluated(request.id, Object.fromEntries(outcomes)));
  });
}
