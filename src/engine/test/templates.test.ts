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

  it('example-three-tier.json is exactly the built-in example', () => {
    expect(templateJson('example-three-tier.json')).toEqual(createExampleScenario());
  });

  it('two-region active-active with strong consistency: European requests pay the transatlantic RTT to the Raft leader', () => {
    const latency = evaluatePerformance(compileScenario(loadTemplate('two-region-active-active.json'))).latency.byPopulation;
    // Strong consistency: every query goes to the leader in us-east-1, so EU users wait longer.
    expect(latency['users-eu']?.p50Ms ?? 0).toBeGreaterThan((latency['users-us']?.p50Ms ?? 0) + 60);
  });
});
