import { describe, expect, it } from 'vitest';
import { updateScenario } from './updateScenario';
import { example, expectValid, performed, reasonOf } from './test/helpers';

describe('updateScenario', () => {
  it('changes the name, workload, recovery and pricing', () => {
    const base = example();
    const next = performed(
      updateScenario(base, {
        patch: {
          name: 'Shop',
          workload: { ...base.workload, requestsPerSecond: 1200 },
          recovery: { ...base.recovery, strategy: 'warmStandby' },
          settings: { ...base.settings, pricing: 'reserved1y' },
        },
      }),
    );
    expect(next).toMatchObject({ name: 'Shop', workload: { requestsPerSecond: 1200 }, recovery: { strategy: 'warmStandby' }, settings: { pricing: 'reserved1y' } });
    expectValid(next);
  });

  it('refuses invalid values with their path', () => {
    const base = example();
    expect(reasonOf(updateScenario(base, { patch: { workload: { ...base.workload, peakFactor: 0.5 } } }))).toBe('workload.peakFactor: must be ≥ 1');
    expect(reasonOf(updateScenario(base, { patch: { name: '' } }))).toBe('name: must not be empty');
  });
});
