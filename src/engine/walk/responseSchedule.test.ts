import { describe, expect, it } from 'vitest';
import { buildCallPlans } from '../compile/callPlans';
import { compileScenario } from '../compile/compileScenario';
import { loadTemplate } from '../test/templateFixtures';
import { responseSchedule } from './responseSchedule';

/** The schedule's quadruples as keys, "component/class/context/clientSide". */
const entries = (schedule: Int32Array) => Array.from({ length: schedule.length / 4 }, (_, i) => Array.from(schedule.subarray(4 * i, 4 * i + 4)).join('/'));

describe('responseSchedule (the responses a request walk builds, searched once per structure)', () => {
  const model = compileScenario(loadTemplate('event-driven-queues.json'));
  const plans = buildCallPlans(model);

  it('serves the walks of one structure one search, and searches again for another topology with the same plans', () => {
    const requests = responseSchedule(model.topology, plans, false);
    expect(responseSchedule(model.topology, plans, false)).toBe(requests);
    const copy = { ...model.topology };
    const again = responseSchedule(copy, plans, false);
    expect(again).not.toBe(requests);
    expect(Array.from(again)).toEqual(Array.from(requests));
    // Back on the first topology: its search is not served from the copy's.
    expect(responseSchedule(model.topology, plans, false)).not.toBe(again);
  });

  it('lists each response once, callees before callers, and with messages followed also what they reach', () => {
    const requests = responseSchedule(model.topology, plans, false);
    const withMessages = responseSchedule(model.topology, plans, true);
    expect(new Set(entries(requests)).size).toBe(requests.length / 4);
    expect(new Set(entries(withMessages)).size).toBe(withMessages.length / 4);
    expect(entries(requests).every((entry) => entries(withMessages).includes(entry))).toBe(true);
    expect(withMessages.length).toBeGreaterThan(requests.length);
    const position = new Map(Array.from(model.topology.topologicalOrder, (c, i) => [c, i]));
    const components = entries(requests).map((entry) => Number(entry.split('/')[0]));
    components.slice(1).forEach((c, i) => expect(position.get(c) ?? 0).toBeLessThanOrEqual(position.get(components[i] ?? 0) ?? 0));
  });
});
