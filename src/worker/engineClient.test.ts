import { describe, expect, it } from 'vitest';
import { createExampleScenario, type Scenario } from '../model';
import { createEngineClient, type EngineClientListener, type EngineRemote } from './engineClient';
import { createEngineHost } from './engineHost';
import type { EngineInput, EvaluationOutcome } from './protocol';

const withLoad = (scenario: Scenario, requestsPerSecond: number): Scenario => ({ ...scenario, workload: { ...scenario.workload, requestsPerSecond } });

/** A worker that answers only when the test says so, structured-cloning both ways as postMessage does. */
function manualRemote(answer: (input: EngineInput) => EvaluationOutcome = createEngineHost().evaluate) {
  const calls: Array<{ input: EngineInput; release: () => void; reject: (error: Error) => void }> = [];
  const remote: EngineRemote = {
    evaluate: (input) =>
      new Promise((resolve, reject) => {
        const copy = structuredClone(input);
        calls.push({ input: copy, release: () => resolve(structuredClone(answer(copy))), reject });
      }),
  };
  return { remote, calls };
}

function recorder() {
  const events: string[] = [];
  const listener: EngineClientListener = {
    requested: (revision) => events.push(`requested ${revision}`),
    evaluated: (result, settled) => events.push(`evaluated ${result.revision} lb=${result.report.capacity.loadRequestsPerSecond.lb}${settled ? '' : ' (more coming)'}`),
    failed: (revision, message, settled) => events.push(`failed ${revision}: ${message}${settled ? '' : ' (more coming)'}`),
  };
  return { events, listener };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('engine client', () => {
  const scenario = createExampleScenario();

  it('sends the first document whole, then coalesces edits made while the worker is busy', async () => {
    const { remote, calls } = manualRemote();
    const { events, listener } = recorder();
    const client = createEngineClient(remote, listener);

    client.submit(scenario);
    client.submit(withLoad(scenario, 500));
    client.submit(withLoad(scenario, 600));
    expect(calls.map((call) => call.input.kind)).toEqual(['full']);

    calls[0]?.release();
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.input).toMatchObject({ kind: 'patch', revision: 3, baseRevision: 1 });

    calls[1]?.release();
    await settle();
    expect(events).toEqual(['requested 1', 'requested 2', 'requested 3', 'evaluated 1 lb=400 (more coming)', 'evaluated 3 lb=600']);
  });

  it('never sends the layout', async () => {
    const { remote, calls } = manualRemote();
    createEngineClient(remote, recorder().listener).submit(scenario);
    expect(calls[0]?.input).toMatchObject({ kind: 'full', scenario: { layout: { nodes: {} } } });
  });

  it('resends the whole document when the worker does not hold the base of a patch', async () => {
    const host = createEngineHost();
    const { remote, calls } = manualRemote(host.evaluate);
    const { events, listener } = recorder();
    const client = createEngineClient(remote, listener);
    client.submit(scenario);
    calls[0]?.release();
    await settle();

    const forgetful = createEngineHost();
    calls.length = 0;
    const restarted = manualRemote(forgetful.evaluate);
    remote.evaluate = restarted.remote.evaluate;
    client.submit(withLoad(scenario, 700));
    restarted.calls[0]?.release();
    await settle();
    restarted.calls[1]?.release();
    await settle();
    expect(restarted.calls.map((call) => call.input.kind)).toEqual(['patch', 'full']);
    expect(events.at(-1)).toBe('evaluated 2 lb=700');
  });

  it('reports a worker that stops answering as a failure, and starts afresh with a whole document', async () => {
    const { remote, calls } = manualRemote();
    const { events, listener } = recorder();
    const client = createEngineClient(remote, listener);
    client.submit(scenario);
    calls[0]?.release();
    await settle();
    client.submit(withLoad(scenario, 800));
    calls[1]?.reject(new Error('worker terminated'));
    await settle();
    expect(events.at(-1)).toBe('failed 2: The engine worker stopped answering: worker terminated');

    client.submit(withLoad(scenario, 900));
    expect(calls[2]?.input.kind).toBe('full');
  });
});
