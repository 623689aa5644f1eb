import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../bench/syntheticScenario';
import { evaluate } from '../evaluate';
import type { LatencyStep, LatencySummary } from '../report';
import { loadTemplate, templateFiles } from './templateFixtures';

const sum = (steps: readonly LatencyStep[], pick: (step: LatencyStep) => number) => steps.reduce((total, step) => total + pick(step), 0);
const relative = (got: number, expected: number) => Math.abs(got - expected) / Math.max(1, Math.abs(expected));
const row = (figure: LatencySummary | undefined, label: string) => figure?.waterfall.find((step) => step.label === label);

describe('the latency waterfall (SPEC §2.1: where a request’s time goes, step by step)', () => {
  const reports = templateFiles().map((file) => [file, evaluate(loadTemplate(file))] as const);

  it.each(reports)('%s: each column adds up to the figure shown (mean, p50, p99)', (_file, report) => {
    for (const figure of Object.values(report.latency.byPopulation)) {
      expect(figure.waterfall.length).toBeGreaterThan(0);
      expect(relative(sum(figure.waterfall, (s) => s.meanMs), figure.meanMs)).toBeLessThan(1e-9);
      expect(relative(sum(figure.waterfall, (s) => s.p50Ms), figure.p50Ms)).toBeLessThan(1e-9);
      expect(relative(sum(figure.waterfall, (s) => s.p99Ms), figure.p99Ms)).toBeLessThan(1e-9);
    }
  });

  it.each(reports)('%s: where nothing overlaps, the steps’ expected times alone make the mean of the computed distribution (within 0.5 %)', (_file, report) => {
    for (const figure of Object.values(report.latency.byPopulation)) {
      const overlap = figure.waterfall.filter((s) => s.kind === 'overlap');
      const told = sum(figure.waterfall.filter((s) => s.kind !== 'overlap'), (s) => s.meanMs);
      // Parallel calls and quorums overlap (the residual row says so); everything else is a plain sum of expectations.
      if (overlap.some((s) => !s.label.startsWith('discretisation'))) expect(told).toBeGreaterThan(figure.meanMs);
      else expect(Math.abs(told / figure.meanMs - 1)).toBeLessThan(0.005);
    }
  });

  it('meets the path as the request does: the client’s connection set-up and leg first, then the load balancer, then the app servers', () => {
    const figure = evaluate(loadTemplate('example-three-tier.json')).latency.byPopulation['users-eu'];
    expect(figure?.waterfall.slice(0, 3).map((s) => s.kind)).toEqual(['handshake', 'network', 'component']);
    // 30 % of requests open a connection: TCP + TLS 1.3 cost two round trips of the client's leg.
    const handshake = row(figure, 'connection set-up to Application LB (TCP + TLS 1.3, new connections) (30 % of requests)');
    const leg = row(figure, 'network from the user to Application LB (last mile + round trip)');
    expect(relative(handshake?.meanMs ?? 0, 0.3 * 2 * (leg?.meanMs ?? Number.NaN))).toBeLessThan(1e-12);
  });

  it('labels a router’s alternatives as a mixture, and a step only some requests take with their share', () => {
    const figure = evaluate(loadTemplate('example-three-tier.json')).latency.byPopulation['users-eu'];
    const apps = row(figure, 'App servers (zone a) or App servers (zone b), 50/50');
    expect(apps?.kind).toBe('component');
    // 20 ms of service, no queue to speak of: the alternatives' mean is the mean of either.
    expect(apps?.meanMs).toBeCloseTo(20, 1);
    // The database: 90 % reads of which the 20 % that miss the cache, and every write: 0.9 × 0.2 + 0.1 = 28 %.
    expect(row(figure, 'Orders DB (primary a, standby b), copy 1 (28 % of requests)')).toBeDefined();
  });

  it('says when calls overlap: a fan-out waits for its slowest call, so the residual is negative', () => {
    const figure = evaluate(loadTemplate('shop-microservices.json')).latency.byPopulation['users-eu'];
    const overlap = figure?.waterfall.find((s) => s.kind === 'overlap');
    expect(overlap?.label).toContain('fan-out waits for its slowest call');
    expect(overlap?.meanMs).toBeLessThan(0);
  });

  it('shows a long path as its 39 heaviest steps by p99, in path order, and sums the rest into one row', () => {
    const report = evaluate(syntheticScenario(100, 42));
    for (const figure of Object.values(report.latency.byPopulation)) {
      const rest = figure.waterfall.at(-1);
      const shown = figure.waterfall.slice(0, -1);
      expect(figure.waterfall).toHaveLength(40);
      const hidden = Number(/^(\d+) more steps$/.exec(rest?.label ?? '')?.[1]);
      expect(hidden).toBeGreaterThan(0);
      // Every hidden step weighs at most as much as the lightest one shown, so together they weigh at most that many times it.
      const lightestShownMs = Math.min(...shown.map((s) => Math.abs(s.p99Ms)));
      expect(Math.abs(rest?.p99Ms ?? Number.NaN)).toBeLessThanOrEqual(hidden * lightestShownMs * (1 + 1e-12));
      expect(shown.every((s) => s.label.length > 0 && !s.label.endsWith('more steps'))).toBe(true);
      expect(relative(sum(figure.waterfall, (s) => s.p99Ms), figure.p99Ms)).toBeLessThan(1e-9);
    }
  });
});
