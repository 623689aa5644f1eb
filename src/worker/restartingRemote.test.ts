import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import type { EngineInput } from './protocol';
import type { EngineRemote } from './engineClient';
import { createRestartingRemote, type StartWorker } from './restartingRemote';

/** Workers that answer with their own number, and can be crashed from the test. */
function fakeWorkers() {
  const started: Array<{ crash: (reason: string) => void; terminated: boolean }> = [];
  const start: StartWorker<EngineRemote> = (crashed) => {
    const number = started.length + 1;
    const record = { crash: crashed, terminated: false };
    started.push(record);
    return {
      remote: { evaluate: (input) => Promise.resolve({ kind: 'failed', revision: input.revision, message: `worker ${number}` }) },
      terminate: () => {
        record.terminated = true;
      },
    };
  };
  return { started, start };
}

const input: EngineInput = { kind: 'full', revision: 1, scenario: createExampleScenario() };

describe('restarting remote', () => {
  it('replaces a crashed worker, says so, and sends later calls to the new one', async () => {
    const { started, start } = fakeWorkers();
    const events: string[] = [];
    const current = createRestartingRemote(start, (reason) => events.push(`restarted: ${reason}`), (reason) => events.push(`gave up: ${reason}`));
    expect(await current().evaluate(input)).toMatchObject({ message: 'worker 1' });
    started[0]?.crash('Uncaught Error: boom');
    expect(started[0]?.terminated).toBe(true);
    expect(events).toEqual(['restarted: Uncaught Error: boom']);
    expect(await current().evaluate(input)).toMatchObject({ message: 'worker 2' });
    started[0]?.crash('a late second error from the dead worker');
    expect(started).toHaveLength(2);
  });

  it('gives up after too many crashes in a short time, and starts again once they are old', () => {
    const { started, start } = fakeWorkers();
    const events: string[] = [];
    let now = 0;
    createRestartingRemote(start, () => events.push('restarted'), () => events.push('gave up'), { maxRestarts: 2, windowMs: 1000, now: () => now });
    started[0]?.crash('x');
    started[1]?.crash('x');
    started[2]?.crash('x');
    expect(events).toEqual(['restarted', 'restarted', 'gave up']);
    expect(started).toHaveLength(3);

    const later = fakeWorkers();
    const events2: string[] = [];
    createRestartingRemote(later.start, () => events2.push('restarted'), () => events2.push('gave up'), { maxRestarts: 2, windowMs: 1000, now: () => now });
    later.started[0]?.crash('x');
    later.started[1]?.crash('x');
    now = 5000;
    later.started[2]?.crash('x');
    expect(events2).toEqual(['restarted', 'restarted', 'restarted']);
  });
});
