import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { evaluate } from '../evaluate';
import { loadTemplate, templateFiles, templateJson } from './templateFixtures';

const files = templateFiles();

describe('templates/', () => {
  it('holds the built-in example and every design of the gallery (issue 7)', () => {
    expect(files.sort()).toEqual([
      'edge-serverless.json',
      'event-driven-queues.json',
      'example-three-tier.json',
      'monolith-one-vm.json',
      'monolith-two-zones.json',
      'multi-az-three-tier.json',
      'pilot-light.json',
      'shop-microservices.json',
      'shop-monolith.json',
      'single-region-monolith.json',
      'two-region-active-active.json',
      'warm-standby.json',
    ]);
  });

  it.each(files)('%s is a valid, described, laid-out scenario that evaluates without saturation', (file) => {
    const scenario = loadTemplate(file);
    expect(`${scenario.id}.json`).toBe(file);
    expect(scenario.description?.length ?? 0).toBeGreaterThan(80);
    const placed = [...scenario.groups, ...scenario.components, ...scenario.clients].filter((e) => scenario.layout.nodes[e.id] !== undefined);
    expect(placed).toHaveLength(scenario.groups.length + scenario.components.length + scenario.clients.length);
    const report = evaluate(scenario);
    expect(report.capacity.saturated).toBe(false);
    // The only warning a template may carry: prices outside us-east-1 are us-east-1 list prices.
    expect(report.warnings.map((w) => w.code).filter((code) => code !== 'cost.regionPrices')).toEqual([]);
    expect(report.latency.overall.p99Ms).toBeGreaterThan(report.latency.overall.p50Ms);
    expect(report.cost.monthlyUsd).toBeGreaterThan(0);
  });

  it('the shop, as a monolith and as microservices: the split costs more and has more moving parts, and loses nines to its extra databases', () => {
    const [monolith, services] = ['shop-monolith.json', 'shop-microservices.json'].map((file) => evaluate(loadTemplate(file)));
    const complexity = (report: typeof monolith) => report?.tradeoffs.rows.find((row) => row.concern === 'operationalComplexity')?.values;
    expect(complexity(monolith)).toMatchObject({ deployables: 1, dataStores: 2 });
    expect(complexity(services)).toMatchObject({ deployables: 4, dataStores: 4 });
    expect(services?.cost.monthlyUsd ?? 0).toBeGreaterThan(monolith?.cost.monthlyUsd ?? 0);
    expect(services?.availability.nines ?? 0).toBeLessThan(monolith?.availability.nines ?? 0);
  });

  it('families compared side by side share workload, populations and targets (issue #16)', () => {
    for (const family of [
      ['shop-monolith.json', 'shop-microservices.json'],
      ['pilot-light.json', 'warm-standby.json', 'two-region-active-active.json'],
    ]) {
      const [first, ...others] = family.map(loadTemplate);
      for (const other of others) {
        expect(other.workload).toEqual(first?.workload);
        expect(other.clients).toEqual(first?.clients);
        expect({ ...other.recovery, strategy: '' }).toEqual({ ...first?.recovery, strategy: '' });
      }
    }
  });

  it('the shop does the same work per request as a monolith and as services: 30 ms of CPU, plus 1 ms of serialization per service a request visits', () => {
    // Mean CPU per request = Σ over fleets of (requests/s they serve × service time) ÷ requests/s of the workload.
    const cpuMsPerRequest = (file: string) => {
      const scenario = loadTemplate(file);
      const load = evaluate(scenario).capacity.loadRequestsPerSecond;
      const busyMs = scenario.components.reduce((sum, c) => sum + (c.kind === 'compute' || c.kind === 'monolith' ? (load[c.id] ?? 0) * c.serviceTimeMs : 0), 0);
      return busyMs / scenario.workload.requestsPerSecond;
    };
    expect(cpuMsPerRequest('shop-monolith.json')).toBeCloseTo(30, 9);
    // A page: storefront 5 + catalog 15 + cart 10; a checkout: storefront 5 + checkout 15 + cart 10; three services visited either way.
    expect(cpuMsPerRequest('shop-microservices.json')).toBeCloseTo(30 + 3 * 1, 9);
  });

  it('example-three-tier.json is exactly the built-in example', () => {
    expect(templateJson('example-three-tier.json')).toEqual(createExampleScenario());
  });

  it('two-region active-active with strong consistency: western requests pay the cross-country RTT to the Raft leader, twice', () => {
    const latency = evaluatePerformance(compileScenario(loadTemplate('two-region-active-active.json'))).latency.byPopulation;
    // Strong consistency: both database calls of a request go to the leader in us-east-1 (us-west-2 is ~60 ms away), so western users wait longer.
    expect(latency['users-west']?.p50Ms ?? 0).toBeGreaterThan((latency['users-east']?.p50Ms ?? 0) + 2 * 50);
  });
});
