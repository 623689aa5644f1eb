import { describe, expect, it } from 'vitest';
import { createClient, parseScenario } from '../../model';
import { propagateLoad } from '../capacity/propagateLoad';
import { evaluateStations } from '../capacity/stations';
import { buildCallPlans } from '../compile/callPlans';
import { compileScenario, withRequestsPerSecond } from '../compile/compileScenario';
import { callEdge, constantCompute, smallScenario } from '../test/smallScenario';
import { compileLatencyProgram } from './compileLatencyProgram';
import { LatencyProgramRunner } from './latencyRunner';
import { referenceDistributions } from '../walk/referenceDistributions';

describe('compileLatencyProgram', () => {
  // Node 0 is the fleet's station (the first thing the first request meets). A component answering in
  // a population's context with nothing onward is that node's output alone; its reference, −1, equals
  // `op.length − 1` of an empty body, so the node got no instruction and read whatever came before it:
  // `late`'s request went through `early`'s whole request instead of the fleet (seen as a saturated
  // population reported unsaturated).
  const quiet = { ...createClient('quiet', 'Quiet', 'aws:us-east-1', 0), newConnectionFraction: 0 };
  const early = { ...createClient('early', 'Early', 'aws:eu-west-1', 0.5), newConnectionFraction: 0 };
  const late = { ...createClient('late', 'Late', 'aws:us-east-1', 0.5), newConnectionFraction: 0 };
  const fleet = { ...constantCompute('app', 'zone-a', 10), groupId: null };
  const parsed = parseScenario(
    smallScenario([fleet], [callEdge('e-early', 'early', 'app'), callEdge('e-late', 'late', 'app')], {
      clients: [early, quiet, late],
      workload: { requestsPerSecond: 10, readFraction: 0.8, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  const model = compileScenario(parsed.scenario);
  const plans = buildCallPlans(model);
  const program = compileLatencyProgram(model, plans);
  const stations = evaluateStations(model, propagateLoad(withRequestsPerSecond(model, 1), plans), model.parameters.requestsPerSecond);

  it('gives every node an instruction of its own, its output last', () => {
    for (let node = 0; node < program.nodeCount; node += 1) expect(program.nodeStart[node + 1]).toBeGreaterThan(program.nodeStart[node] ?? 0);
  });

  it('walks each population through its own path: last mile + 10 ms at the fleet (ample servers, no wait), 0 for a population that calls nothing', () => {
    const lastMileMs = model.parameters.populationLastMileMs;
    const distributions = new LatencyProgramRunner(program).run(model, stations);
    expect(distributions.map((d) => d?.meanMs)).toEqual(referenceDistributions(model, plans, stations).map((d) => d?.meanMs));
    expect(distributions[0]?.meanMs).toBeCloseTo((lastMileMs[0] ?? 0) + 10, 6);
    expect(distributions[1]?.meanMs).toBe(0);
    expect(distributions[2]?.meanMs).toBeCloseTo((lastMileMs[2] ?? 0) + 10, 6);
  });
});
