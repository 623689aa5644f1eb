import { regionalPremiumText } from '../cost/regionalPremiumText';
import type { CompiledModel } from '../compile/compiledModel';
import { elementNamesOf } from '../elementNamesOf';
import type { CapacityReport, CostReport, LatencyReport, TradeoffRow } from '../report';
import { consistencyFigures, dataStoreKinds } from './consistencyFigures';
import { topologyFigures } from './topologyFigures';

/** The load-dependent sections a tradeoff table summarises (the reliability row comes from the availability and recovery sections). */
export interface TradeoffInputs {
  model: CompiledModel;
  /**
   * Components each population's traffic reaches, whatever its share (`populationReach` of its
   * `traffic` loads, async consumers included): `[p * n + c]` = 1. Residency is checked on these.
   */
  populationReach: Uint8Array;
  latency: LatencyReport;
  capacity: CapacityReport;
  cost: CostReport;
}

function residencyViolations(inputs: TradeoffInputs): string[] {
  const { model, populationReach } = inputs;
  const t = model.topology;
  const n = t.componentIds.length;
  const violations: string[] = [];
  const nameOf = elementNamesOf(model.scenario);
  model.scenario.clients.forEach((client, q) => {
    if (!client.residency) return;
    for (let c = 0; c < n; c += 1) {
      if (populationReach[q * n + c] !== 1 || !dataStoreKinds.has(t.kinds[c] ?? '')) continue;
      const copies = t.kinds[c] === 'database' ? t.copySites.slice(t.copyStart[c] ?? 0, (t.copyStart[c] ?? 0) + (t.copyCount[c] ?? 0)) : [t.sites[c]];
      for (const site of copies) {
        const jurisdiction = site?.region?.jurisdiction;
        if (jurisdiction !== undefined && !client.residency.includes(jurisdiction)) violations.push(`${nameOf(client.id)} → ${nameOf(t.componentIds[c] ?? '')} (${jurisdiction})`);
      }
    }
  });
  return violations;
}

/**
 * Where a bill is priced, largest share first: "eu-west-1 92 %, global 8 %" (regions by code, `byRegion`),
 * so that a comparison across regions shows why its costs differ. "nowhere" for a bill of $0.
 */
export function pricedIn(cost: CostReport): string {
  const shares = Object.entries(cost.byRegion)
    .filter(([, usd]) => usd > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  if (shares.length === 0 || !(cost.monthlyUsd > 0)) return 'nowhere';
  const codeOf = (regionId: string) => regionId.slice(regionId.indexOf(':') + 1);
  return shares.map(([regionId, usd]) => `${codeOf(regionId)} ${Math.round((100 * usd) / cost.monthlyUsd)} %`).join(', ');
}

/**
 * Rows of the classic distributed-vs-monolith table (SPEC §2.7) for scalability, performance, cost,
 * operational complexity, security and consistency; `evaluate` adds the reliability row.
 */
export function evaluateTradeoffs(inputs: TradeoffInputs): TradeoffRow[] {
  const { model, capacity, cost, latency } = inputs;
  const { topology: t, parameters: p, scenario } = model;
  const peak = p.requestsPerSecond * p.peakFactor;
  const fleets = scenario.components.filter((c) => c.kind === 'compute' || c.kind === 'monolith');
  const autoscaled = fleets.filter((c) => (c.kind === 'compute' || c.kind === 'monolith') && (c.autoscaling.enabled || (c.kind === 'compute' && c.flavor === 'serverless')));
  const { crossRegionCalls, replicationLinks, regions, publicEndpoints } = topologyFigures(t);
  const violations = residencyViolations(inputs);
  const p99: Record<string, number> = Object.fromEntries(Object.entries(latency.byPopulation).map(([id, summary]) => [`p99Ms.${id}`, summary.p99Ms]));
  const consistency = consistencyFigures(t, scenario.components);
  const where = pricedIn(cost);
  const premium = regionalPremiumText(cost);
  const headroom = peak > 0 ? capacity.maxRequestsPerSecond / peak : Number.POSITIVE_INFINITY;
  return [
    {
      concern: 'scalability',
      values: { maxRequestsPerSecond: capacity.maxRequestsPerSecond, headroomAtPeak: headroom, autoscaledFleets: autoscaled.length, fleets: fleets.length, bottleneck: capacity.bottleneck ?? 'none' },
      summary: `sustains ${Math.round(capacity.maxRequestsPerSecond)} req/s (${headroom.toFixed(1)}× the peak); ${autoscaled.length} of ${fleets.length} fleets scale out on their own`,
    },
    {
      concern: 'performance',
      values: { ...p99, p99Ms: latency.overall.p99Ms },
      summary: latency.overall.saturated ? 'saturated: no finite latency' : `p99 ${latency.overall.p99Ms.toFixed(0)} ms overall`,
    },
    {
      concern: 'cost',
      values: { monthlyUsd: cost.monthlyUsd, perMillionRequestsUsd: cost.perMillionRequestsUsd, pricedIn: where, usEast1MonthlyUsd: cost.usEast1MonthlyUsd, regionalPremium: premium },
      summary: `$${cost.monthlyUsd.toFixed(0)} / month, $${cost.perMillionRequestsUsd.toFixed(2)} per million requests; priced in ${where}; $${cost.usEast1MonthlyUsd.toFixed(0)} at us-east-1 prices, regional premium ${premium}`,
    },
    {
      concern: 'operationalComplexity',
      values: { deployables: fleets.length, regions, dataStores: Object.keys(consistency.byStore).length, replicationLinks, crossRegionCalls },
      summary: `${fleets.length} deployables in ${regions} region(s); ${replicationLinks} replication links, ${crossRegionCalls} cross-region calls`,
    },
    {
      concern: 'security',
      values: { publicEndpoints, crossRegionLinks: crossRegionCalls + replicationLinks, residencyViolations: violations.length },
      summary: `${publicEndpoints} public entry point(s); ${violations.length === 0 ? 'no residency violations' : `residency violated: ${violations.join(', ')}`}; the model has no encryption setting, so every cross-region link must be assumed to need TLS`,
    },
    {
      concern: 'consistency',
      values: consistency.values,
      summary: consistency.summary,
    },
  ];
}
