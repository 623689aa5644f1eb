import { kbPerGb, tieredCostUsd, type PriceTier } from '../catalog/networkPrices';
import { internetEgressTiers } from '../catalog/transferPrices';
import { edgeKindCall, type CompiledModel } from '../compile/compiledModel';
import type { LoadResult } from '../capacity/propagateLoad';
import type { StationTable } from '../capacity/stations';
import type { Site } from '../network/site';
import type { CostReport, ReportWarning } from '../report';
import { componentCost, type ComponentUsage } from './componentCost';
import type { CostLine } from './costLine';
import { siteTransferUsd } from './siteTransferCost';

function siteOf(model: CompiledModel, component: number): Site | null {
  const t = model.topology;
  if (t.kinds[component] === 'database' && (t.copyCount[component] ?? 0) > 0) return t.copySites[t.copyStart[component] ?? 0] ?? null;
  return t.sites[component] ?? null;
}

interface EgressAccount {
  tiers: readonly PriceTier[];
  gbByComponent: Map<number, number>;
}

/** Internet egress is tiered per account and region: totals are priced together, then shared out by GB. */
function addEgress(accounts: Map<string, EgressAccount>, model: CompiledModel, component: number, gb: number): void {
  if (gb <= 0) return;
  const region = siteOf(model, component)?.region ?? null;
  const key = region?.id ?? 'global';
  const account = accounts.get(key) ?? { tiers: internetEgressTiers(region).value, gbByComponent: new Map<number, number>() };
  accounts.set(key, account);
  account.gbByComponent.set(component, (account.gbByComponent.get(component) ?? 0) + gb);
}

function transferLines(model: CompiledModel, unitLoad: LoadResult, secondsPerMonth: number): CostLine[] {
  const { topology: t, parameters: p } = model;
  const X = p.requestsPerSecond;
  const kb = (calls: number, kbEach: number) => (calls * kbEach * secondsPerMonth * X) / kbPerGb;
  const usdByComponent = new Map<number, number>();
  const charge = (component: number, usd: number) => usd > 0 && usdByComponent.set(component, (usdByComponent.get(component) ?? 0) + usd);
  const accounts = new Map<string, EgressAccount>();
  t.componentIds.forEach((_, c) => {
    if (t.kinds[c] !== 'cdn') addEgress(accounts, model, c, kb(unitLoad.internetResponsesPerSecond[c] ?? 0, p.payloadKbOut));
  });
  t.edgeIds.forEach((_, e) => {
    const from = t.edgeFrom[e] ?? -1;
    const rate = unitLoad.edgeRate[e] ?? 0;
    if (from < 0 || rate <= 0) return;
    const to = t.edgeTo[e] ?? 0;
    const a = siteOf(model, from);
    const b = siteOf(model, to);
    const call = t.edgeKind[e] === edgeKindCall;
    if (a !== null && b === null && t.kinds[to] === 'external') addEgress(accounts, model, from, kb(rate, p.payloadKbIn));
    if (a === null || b === null) return;
    charge(from, siteTransferUsd(a, b, kb(rate, p.payloadKbIn), call ? kb(rate, p.payloadKbOut) : 0));
  });
  t.componentIds.forEach((_, c) => {
    const copies = t.copyCount[c] ?? 0;
    const primary = siteOf(model, c);
    if (copies < 2 || primary === null) return;
    const writes = (unitLoad.arrivals[c * 2 + 1] ?? 0) + (unitLoad.replicatedWritesPerSecond[c] ?? 0);
    for (let j = 1; j < copies; j += 1) {
      const replica = t.copySites[(t.copyStart[c] ?? 0) + j];
      if (replica) charge(c, siteTransferUsd(primary, replica, kb(writes, p.payloadKbIn), 0));
    }
  });
  for (const account of accounts.values()) {
    const totalGb = [...account.gbByComponent.values()].reduce((sum, gb) => sum + gb, 0);
    const usd = tieredCostUsd(totalGb, account.tiers);
    for (const [component, gb] of account.gbByComponent) charge(component, (usd * gb) / totalGb);
  }
  return [...usdByComponent].map(([componentIndex, monthlyUsd]) => ({ componentIndex, category: 'dataTransfer', label: 'data transfer (egress, cross-zone, inter-region)', monthlyUsd }));
}

/**
 * Monthly cost (SPEC §2.5): every component's own price (`componentCost`) plus data transfer from
 * payload sizes and the traffic each edge carries — Internet egress of responses to clients and of
 * requests to external APIs (tiered per region), cross-zone and inter-region calls (request and
 * response bytes), async messages (request bytes) and database replication (each write's request
 * bytes to each copy). Every call is assumed to carry the workload's payloadKbIn and payloadKbOut.
 * Per million requests = monthly / (requests/s × 3600 × monthHours / 10⁶).
 */
export function evaluateCost(model: CompiledModel, unitLoad: LoadResult, stations: StationTable, warnings: ReportWarning[]): CostReport {
  const { topology: t, parameters: p, scenario } = model;
  const X = p.requestsPerSecond;
  const secondsPerMonth = 3600 * p.monthHours;
  const newConnections = scenario.clients.reduce((sum, client) => sum + client.share * client.newConnectionFraction, 0);
  const lines: CostLine[] = [];
  scenario.components.forEach((component, c) => {
    const missing: string[] = [];
    const stationStart = stations.start[c] ?? 0;
    const units = t.kinds[c] === 'database' ? (t.copyCount[c] ?? 1) : (stations.start[c + 1] ?? 0) > stationStart ? (stations.units[stationStart] ?? 1) : 1;
    const usage: ComponentUsage = {
      index: c,
      readsPerMonth: (unitLoad.arrivals[c * 2] ?? 0) * X * secondsPerMonth,
      writesPerMonth: (unitLoad.arrivals[c * 2 + 1] ?? 0) * X * secondsPerMonth,
      units,
      monthHours: p.monthHours,
      pricing: scenario.settings.pricing,
      payloadKbIn: p.payloadKbIn,
      payloadKbOut: p.payloadKbOut,
      dnsQueriesPerRequest: newConnections,
      targets: (t.outStart[c + 1] ?? 0) - (t.outStart[c] ?? 0),
    };
    lines.push(...componentCost(component, usage, missing));
    for (const what of missing) warnings.push({ code: 'cost.noCatalogPrice', message: `${component.name}: the catalog has no ${what}; it is priced at $0.`, elementId: component.id });
  });
  lines.push(...transferLines(model, unitLoad, secondsPerMonth));
  const byComponent: Record<string, number> = Object.fromEntries(t.componentIds.map((id) => [id, 0]));
  const byCategory: Record<string, number> = {};
  let monthlyUsd = 0;
  for (const line of lines) {
    const id = t.componentIds[line.componentIndex] ?? '';
    byComponent[id] = (byComponent[id] ?? 0) + line.monthlyUsd;
    byCategory[line.category] = (byCategory[line.category] ?? 0) + line.monthlyUsd;
    monthlyUsd += line.monthlyUsd;
  }
  const requestsPerMonth = X * secondsPerMonth;
  return {
    monthlyUsd,
    perMillionRequestsUsd: requestsPerMonth > 0 ? monthlyUsd / (requestsPerMonth / 1e6) : monthlyUsd > 0 ? Number.POSITIVE_INFINITY : 0,
    byComponent,
    byCategory,
    lineItems: lines.map((line) => ({ label: line.label, value: line.monthlyUsd, unit: 'USD/month', elementId: t.componentIds[line.componentIndex] ?? '', category: line.category })),
  };
}
