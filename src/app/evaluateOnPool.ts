import { describeError, type Scenario } from '../model';
import type { ComparedOutcome } from '../worker';
import { heavyWorkPool } from './bootstrapWorkerPool';

/**
 * A whole document's report from a worker of the heavy-work pool. An engine error comes back as a
 * failed outcome; a rejection means the worker died or hung. The pool has replaced it by then, so the
 * evaluation is tried once more before the outcome says so.
 */
export function evaluateOnPool(document: Scenario): Promise<ComparedOutcome> {
  const evaluate = () => heavyWorkPool.run<ComparedOutcome>((worker) => worker.evaluateWhole(document));
  return evaluate()
    .catch(evaluate)
    .catch((error: unknown) => ({ kind: 'failed', message: `The worker evaluating ${document.name} stopped answering twice (${describeError(error)}); it was restarted. Edit the design to try again.` }));
}
