import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineSession } from '../../engine';
import { createExampleScenario } from '../../model';
import { createEngineClient } from '../engineClient';
import { createEngineHost } from '../engineHost';
import type { EngineWorkerApi, EvaluatedRevision } from '../protocol';

describe('the engine over comlink', () => {
  const channel = new MessageChannel();
  afterEach(() => {
    channel.port1.close();
    channel.port2.close();
  });

  it('gives the same report as the engine called directly', async () => {
    expose(createEngineHost(), channel.port1);
    const scenario = createExampleScenario();
    const result = await new Promise<EvaluatedRevision>((resolve, reject) => {
      const client = createEngineClient(wrap<EngineWorkerApi>(channel.port2), {
        requested: () => {},
        evaluated: (evaluated, settled) => settled && resolve(evaluated),
        failed: (_revision, message) => reject(new Error(message)),
      });
      client.submit(scenario);
    });
    expect(result.revision).toBe(1);
    expect(result.report).toEqual(createEngineSession().evaluate(scenario));
  });
});
