import { describe, expect, it } from 'vitest';
import { maxComponents } from '../../model/limits';
import { propagateLoad } from '../capacity/propagateLoad';
import { evaluateStations } from '../capacity/stations';
import { buildCallPlans } from '../compile/callPlans';
import { compileScenario, withRequestsPerSecond } from '../compile/compileScenario';
import { compileLatencyProgram } from '../program/compileLatencyProgram';
import { LatencyProgramRunner } from '../program/latencyRunner';
import { referenceDistributions } from './referenceDistributions';
import type { Site } from '../network/site';
import { siteRtt } from '../network/siteRtt';
import { callChain } from '../test/smallScenario';

describe('RequestWalk', () => {
  it('walks a chain of 5 000 calls without recursing per hop: compiled, evaluated and run directly, 5 000 × 0.1 ms, 4 999 hops within a zone and the last mile', () => {
    const length = maxComponents;
    // Built valid, so it skips the schema's checks (the end-to-end chain through the one door is the hardening tests').
    const model = compileScenario(callChain(length));
    const plans = buildCallPlans(model);
    const stations = evaluateStations(model, propagateLoad(withRequestsPerSecond(model, 1), plans), model.parameters.requestsPerSecond);
    const t = model.topology;
    const hopMs = siteRtt(t.sites[0] as Site, t.sites[1] as Site).value;
    const expectedMs = length * 0.1 + (length - 1) * hopMs + (model.parameters.populationLastMileMs[0] ?? 0) + siteRtt(t.populationSites[0] as Site, t.sites[0] as Site).value;
    const [compiled] = new LatencyProgramRunner(compileLatencyProgram(model, plans)).run(model, stations);
    const [direct] = referenceDistributions(model, plans, stations);
    expect(compiled?.meanMs).toBeCloseTo(expectedMs, 6);
    expect(direct?.meanMs).toBeCloseTo(expectedMs, 6);
  }, 60_000);
});
