import { createEngineSession, type EngineSession } from '../engine';
import { createCompareHost } from './compareHost';
import { describeError, type Scenario } from '../model';
import { createSimulationHost } from './simulationHost';
import { edgeTrafficRps } from './edgeTraffic';
import type { EngineInput, EngineWorkerApi, EvaluationOutcome } from './protocol';
import { applyScenarioPatch } from './scenarioPatch';

interface HeldDocument {
  revision: number;
  scenario: Scenario;
}

/** The document an input describes, or null when it patches a revision other than the one held. */
function documentOf(input: EngineInput, held: HeldDocument | null): Scenario | null {
  if (input.kind === 'full') return input.scenario;
  return held && held.revision === input.baseRevision ? applyScenarioPatch(held.scenario, input.patch) : null;
}

/**
 * What the engine worker exposes: one engine session and the document it last evaluated, so that
 * an edit arrives as a small patch and a parameter edit reuses the compiled structure. An engine
 * error comes back as a `failed` outcome with a message, never as a dead worker. The compare view's
 * methods (`createCompareHost`) and the chaos view's (`createSimulationHost`) run beside it.
 */
export function createEngineHost(session: EngineSession = createEngineSession(), now: () => number = () => performance.now()): EngineWorkerApi {
  let held: HeldDocument | null = null;
  return {
    ...createCompareHost(),
    ...createSimulationHost(),
    ping: () => true,
    evaluate(input) {
      const { revision } = input;
      try {
        const scenario = documentOf(input, held);
        if (!scenario) return { kind: 'needsFull', revision };
        held = { revision, scenario };
        const started = now();
        const report = session.evaluate(scenario);
        const evaluationMs = now() - started;
        return { kind: 'report', revision, report, edgeTrafficRps: edgeTrafficRps(scenario, report), evaluationMs } satisfies EvaluationOutcome;
      } catch (error) {
        return { kind: 'failed', revision, message: `The engine could not evaluate this design: ${describeError(error)}` };
      }
    },
  };
}
