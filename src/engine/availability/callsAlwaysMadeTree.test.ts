import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structuralEdit } from '../../../bench/designEdits';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import type { Scenario } from '../../model';
import { validScenario } from '../test/randomScenario';
import { loadTemplate, templateFiles } from '../test/templateFixtures';
import { callsAlwaysMadeTree } from './callsAlwaysMadeTree';
import { buildScenarioFaultTree } from './scenarioFaultTree';
import { buildScenarioGraph } from './scenarioGraph';

/** The derived tree against the one the walk builds at `callsAlwaysMade`: every field, number for number. */
function expectSameAsWalk(scenario: Scenario): void {
  const graph = buildScenarioGraph(scenario);
  expect(callsAlwaysMadeTree(buildScenarioFaultTree(graph, 'exact'))).toStrictEqual(buildScenarioFaultTree(graph, 'callsAlwaysMade'));
}

describe('callsAlwaysMadeTree', () => {
  it('is the tree the walk builds for every template', () => {
    for (const file of templateFiles()) expectSameAsWalk(loadTemplate(file));
  });

  it('is the tree the walk builds for large designs with many partial calls, before and after a structural edit', () => {
    for (const size of [100, 1000]) {
      const scenario = syntheticScenario(size, 42);
      const graph = buildScenarioGraph(scenario);
      expect(buildScenarioFaultTree(graph, 'exact').partialCalls).toBeGreaterThan(0);
      expectSameAsWalk(scenario);
      expectSameAsWalk(structuralEdit(scenario, 5));
    }
  });

  it('is the tree the walk builds for random designs (cycles, databases, routers), every other call made on half the requests', () => {
    const halfMade = (scenario: Scenario): Scenario => ({ ...scenario, edges: scenario.edges.map((edge, i) => (edge.kind === 'call' && i % 2 === 0 ? { ...edge, callsPerRequest: 0.5 } : edge)) });
    fc.assert(
      fc.property(validScenario, (scenario) => {
        expectSameAsWalk(scenario);
        expectSameAsWalk(halfMade(scenario));
      }),
      { seed: 20_1_2026, numRuns: 300 },
    );
  });
});
