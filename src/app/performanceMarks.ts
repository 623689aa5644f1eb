import { useMeridianStore } from '../store';
import { sameEngineInput } from '../worker';

/** Runs `then` after the browser has painted the next frame: an animation-frame callback runs just before that paint, a task it queues just after. */
function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  });
}

/** Replaces the previous mark of that name, so that a long session keeps one of each, not one per edit. */
function markOnce(name: string, detail: unknown): void {
  performance.clearMarks(name);
  performance.mark(name, { detail });
}

/**
 * User Timing marks of what a person waits for, which `npm run bench` reads in the production build
 * (bench/browser): `meridian:edit` when an edit the engine reads is committed to the document, and
 * `meridian:results-painted` once the frame that shows a settled report has been painted (the
 * results panel and the canvas badges render from the same store update, so the same frame holds
 * both), with the report's revision and the worker's evaluation time.
 */
export function startPerformanceMarks(): void {
  useMeridianStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario && !sameEngineInput(previous.scenario, state.scenario)) markOnce('meridian:edit', null);
    const { results } = state;
    if (results.status === 'ready' && (results.reportRevision !== previous.results.reportRevision || previous.results.status !== 'ready')) {
      const detail = { revision: results.reportRevision, evaluationMs: results.evaluationMs };
      afterNextPaint(() => markOnce('meridian:results-painted', detail));
    }
  });
}
