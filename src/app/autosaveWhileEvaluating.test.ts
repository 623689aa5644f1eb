import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateElementCommand } from '../commands';
import { createExampleScenario, parseScenario } from '../model';
import { useMeridianStore } from '../store';
import { startAutosave } from '../store/persistenceAutosave';
import type { SavedScenarioRecord, ScenarioStorage } from '../store/persistenceStorage';
import { createEngineClient, type EngineRemote } from '../worker';
import { createEngineHost } from '../worker/engineHost';
import type { EngineInput, EvaluationOutcome } from '../worker/protocol';
import { feedEngine } from './bootstrapEngine';

const delayMs = 400;

/** A promise settled when the test says so: the worker's answer, or a write to IndexedDB, arrives at a step the test chooses. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** The engine worker, answering (with the real engine's outcome) only when `answer` is called. */
function heldEngine() {
  const host = createEngineHost();
  const asked: { input: EngineInput; answer: () => Promise<void> }[] = [];
  const remote: EngineRemote = {
    evaluate: (input) => {
      const reply = deferred<EvaluationOutcome>();
      asked.push({ input, answer: async () => reply.resolve(await host.evaluate(input)) });
      return reply.promise;
    },
  };
  return { remote, asked };
}

/** Storage whose writes land only when `land` is called. */
function heldStorage() {
  const writes: { record: SavedScenarioRecord; land: () => void }[] = [];
  const storage = {
    writeCurrent: (record: SavedScenarioRecord) => {
      const landed = deferred<undefined>();
      writes.push({ record, land: () => landed.resolve(undefined) });
      return landed.promise;
    },
  } as Partial<ScenarioStorage> as ScenarioStorage;
  return { storage, writes };
}

const setInstances = (instances: number) => useMeridianStore.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances } });

let stops: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  useMeridianStore.getState().loadScenario(createExampleScenario(), { recordUndo: false });
});

afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  vi.useRealTimers();
});

describe('autosave while the engine worker computes', () => {
  it('saves the document as edited, without waiting for the worker, and the worker never waits for a save', async () => {
    const engine = heldEngine();
    const { resultsRequested, resultsEvaluated, resultsFailed } = useMeridianStore.getState();
    stops.push(feedEngine(createEngineClient(engine.remote, { requested: resultsRequested, evaluated: resultsEvaluated, failed: resultsFailed })));
    const { storage, writes } = heldStorage();
    const saved = vi.fn();
    const autosave = startAutosave(storage, { onSaved: saved, onError: (error) => expect.fail(String(error)) }, delayMs);
    stops.push(autosave.stop);
    expect(engine.asked).toHaveLength(1); // the example, still being computed

    expect(setInstances(5).ok).toBe(true);
    const edited = useMeridianStore.getState().scenario;
    await vi.advanceTimersByTimeAsync(delayMs);
    // Saved while the worker is still on the example: the edited document itself, whole (layout included), not what the engine was sent.
    expect(engine.asked).toHaveLength(1);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.record.document).toBe(edited);
    expect(parseScenario(writes[0]?.record.document).ok).toBe(true);
    writes[0]?.land();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toHaveBeenCalledTimes(1);
    expect(useMeridianStore.getState().results.status).toBe('computing');

    // A second edit's write stays in flight: the worker is sent that edit and its figures land all the same.
    expect(setInstances(6).ok).toBe(true);
    const editedAgain = useMeridianStore.getState().scenario;
    await vi.advanceTimersByTimeAsync(delayMs);
    expect(writes).toHaveLength(2);
    expect(writes[1]?.record.document).toBe(editedAgain);
    await engine.asked[0]?.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.asked).toHaveLength(2);
    await engine.asked[1]?.answer();
    await vi.advanceTimersByTimeAsync(0);
    const { results } = useMeridianStore.getState();
    expect(results.status).toBe('ready');
    expect(results.reportRevision).toBe(results.requestedRevision);
    expect(saved).toHaveBeenCalledTimes(1);
    writes[1]?.land();
    await autosave.flush();
    expect(saved).toHaveBeenCalledTimes(2);
    expect(useMeridianStore.getState().scenario).toBe(editedAgain);
  });
});
