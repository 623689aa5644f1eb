import { describe, expect, it } from 'vitest';
import { compileScenario, createSimulation, evaluate } from '..';
import { loadTemplate, templateFiles } from './templateFixtures';

/**
 * Load propagation (SPEC §2.2) against the simulator: each queueing component's busy fraction over a
 * run at the template's own load matches the analytic utilization within 5 % — routing shares,
 * callsPerRequest, cache and CDN misses, asynchronous messages to a queue's competing consumers, and
 * databases read at their busiest copy (a leader takes every query). ≥ 60 000 requests per template.
 */
describe('simulated utilization matches the analytic capacity', () => {
  it('every template: every component busier than 1 %', () => {
    for (const file of templateFiles()) {
      const scenario = loadTemplate(file);
      const seconds = Math.min(300, Math.max(30, 60_000 / scenario.workload.requestsPerSecond));
      const simulation = createSimulation(compileScenario(scenario), { seconds, seed: 3 });
      const windows = simulation.step(seconds).slice(5); // past the first seconds, when queues start empty
      for (const [id, analytic] of Object.entries(evaluate(scenario).capacity.utilization)) {
        if (analytic < 0.01) continue;
        const simulated = windows.reduce((sum, w) => sum + (w.utilization[id] ?? 0), 0) / windows.length;
        expect(Math.abs(simulated / analytic - 1), `${file} ${id}: simulated ${simulated}, analytic ${analytic}`).toBeLessThan(0.05);
      }
    }
  });
});
