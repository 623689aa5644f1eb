import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { callEdge, constantCompute, smallScenario } from '../test/smallScenario';

/** 100 requests/s of 1 KB in and 10 KB out: users → web (zone a) → api (zone b), and web → cache (zone a). */
function costOf() {
  const parsed = parseScenario(
    smallScenario(
      [constantCompute('web', 'zone-a', 5), constantCompute('api', 'zone-b', 5), constantCompute('cache', 'zone-a', 1)],
      [callEdge('e-users-web', 'users', 'web'), callEdge('e-web-api', 'web', 'api'), callEdge('e-web-cache', 'web', 'cache')],
      { workload: { requestsPerSecond: 100, readFraction: 1, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 } },
    ),
  );
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return evaluatePerformance(compileScenario(parsed.scenario)).cost;
}

describe('data transfer per edge', () => {
  const cost = costOf();
  const secondsPerMonth = 730 * 3600;
  const sum = (id: string) => (cost.transferByEdge[id] ?? []).reduce((total, term) => total + term.value, 0);

  it('charges the responses to users as Internet egress on the edge they came in on', () => {
    // 100 × 10 KB × 2 628 000 s = 2 628 GB a month, all in the first tier ($0.09/GB, docs/sources.md §3.4).
    expect(sum('e-users-web')).toBeCloseTo(2628 * 0.09, 9);
    expect(cost.transferByEdge['e-users-web']?.[0]?.label).toBe('Internet egress, 2,628 GB');
  });

  it('charges a cross-zone call both ways at $0.01/GB on each side', () => {
    // (1 + 10) KB × 100/s × 2 628 000 s = 2 890.8 GB, × $0.02 = $57.816.
    expect(sum('e-web-api')).toBeCloseTo(((11 * 100 * secondsPerMonth) / 1e6) * 0.02, 9);
    expect(cost.transferByEdge['e-web-api']?.[0]?.label).toBe('cross-zone transfer, 2,891 GB');
  });

  it('leaves a same-zone call free, and adds up to the data-transfer category', () => {
    expect(cost.transferByEdge).not.toHaveProperty('e-web-cache');
    expect(sum('e-users-web') + sum('e-web-api')).toBeCloseTo(cost.byCategory.dataTransfer ?? Number.NaN, 9);
  });
});
