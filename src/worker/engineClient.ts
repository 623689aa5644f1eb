import { describeError, type Scenario } from '../model';
import { engineInputOf } from './engineInput';
import type { EngineInput, EvaluatedRevision, EvaluationOutcome } from './protocol';
import { diffScenario } from './scenarioPatch';

/** The worker as the client sees it: comlink turns its method into a promise. */
export interface EngineRemote {
  evaluate(input: EngineInput): Promise<EvaluationOutcome>;
}

export interface EngineClientListener {
  /** A new revision was submitted: results are being computed for it. */
  requested(revision: number): void;
  /** Figures for a revision; `settled` is false when a newer revision is already waiting. */
  evaluated(result: EvaluatedRevision, settled: boolean): void;
  failed(revision: number, message: string, settled: boolean): void;
}

export interface EngineClient {
  /** Queues a document for evaluation and returns its revision. */
  submit(scenario: Scenario): number;
}

/**
 * Feeds the engine worker one evaluation at a time. While it is busy, edits coalesce: only the latest
 * document waits, and earlier ones are never sent. Each document goes as a patch on the last one the
 * worker accepted, or whole after a failure or when the worker asks for it. A result is delivered
 * only if it belongs to the latest revision sent; anything older is dropped.
 */
export function createEngineClient(remote: EngineRemote, listener: EngineClientListener): EngineClient {
  let latestRevision = 0;
  let latestSent = 0;
  let waiting: { revision: number; scenario: Scenario } | null = null;
  let accepted: { revision: number; scenario: Scenario } | null = null;
  let busy = false;

  const inputFor = (revision: number, scenario: Scenario): EngineInput =>
    accepted
      ? { kind: 'patch', revision, baseRevision: accepted.revision, patch: diffScenario(accepted.scenario, scenario) }
      : { kind: 'full', revision, scenario };

  async function send(revision: number, scenario: Scenario): Promise<EvaluationOutcome> {
    latestSent = revision;
    try {
      const outcome = await remote.evaluate(inputFor(revision, scenario));
      if (outcome.kind !== 'needsFull') return outcome;
      accepted = null;
      return await remote.evaluate(inputFor(revision, scenario));
    } catch (error) {
      return { kind: 'failed', revision, message: `The engine worker stopped answering: ${describeError(error)}` };
    }
  }

  async function pump() {
    busy = true;
    while (waiting) {
      const { revision, scenario } = waiting;
      waiting = null;
      const outcome = await send(revision, scenario);
      if (outcome.revision < latestSent) continue;
      const settled = waiting === null;
      if (outcome.kind === 'report') {
        accepted = { revision, scenario };
        const { kind: _kind, ...result } = outcome;
        listener.evaluated(result, settled);
      } else {
        accepted = null;
        listener.failed(revision, outcome.kind === 'failed' ? outcome.message : 'The engine worker refused the whole document.', settled);
      }
    }
    busy = false;
  }

  return {
    submit(scenario) {
      latestRevision += 1;
      waiting = { revision: latestRevision, scenario: engineInputOf(scenario) };
      listener.requested(latestRevision);
      if (!busy) void pump();
      return latestRevision;
    },
  };
}
