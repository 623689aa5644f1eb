import type { Component } from '../../model';
import { kbPerGb, tieredCostUsd, type PriceTier } from '../catalog/networkPrices';
import { internetEgressTiers } from '../catalog/transferPrices';
import { edgeKindCall, type CompiledModel } from '../compile/compiledModel';
import type { LoadResult } from '../capacity/propagateLoad';
import type { StationTable } from '../capacity/stations';
import type { Site } from '../network/site';
import { recordById, reusedRecord } from '../recordById';
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

/** A report line item of a cost line. */
type LineItem = CostReport['lineItems'][number];

function lineItemOf(model: CompiledModel, line: CostLine): LineItem {
  return { label: line.label, value: line.monthlyUsd, unit: 'USD/month', elementId: model.topology.componentIds[line.componentIndex] ?? '', category: line.category };
}

interface PricedComponent {
  usage: ComponentUsage;
  lines: CostLine[];
  items: LineItem[];
  missing: string[];
}

/** `componentCost` of the latest usage each component object was priced at. */
const pricedComponents = new WeakMap<Component, PricedComponent>();

function sameUsage(a: ComponentUsage, b: ComponentUsage): boolean {
  return (
    a.index === b.index &&
    a.readsPerMonth === b.readsPerMonth &&
    a.writesPerMonth === b.writesPerMonth &&
    a.units === b.units &&
    a.monthHours === b.monthHours &&
    a.pricing === b.pricing &&
    a.payloadKbIn === b.payloadKbIn &&
    a.payloadKbOut === b.payloadKbOut &&
    a.dnsQueriesPerRequest === b.dnsQueriesPerRequest &&
    a.targets === b.targets
  );
}

/**
 * `componentCost` of a component, reusing the previous result when neither the component (an
 * unedited element keeps its object) nor its usage changed: an edit reprices what it touched.
 */
function pricedComponent(model: CompiledModel, component: Component, usage: ComponentUsage): PricedComponent {
  const previous = pricedComponents.get(component);
  if (previous && sameUsage(previous.usage, usage)) return previous;
  const missing: string[] = [];
  const lines = componentCost(component, usage, missing);
  const priced = { usage, lines, items: lines.map((line) => lineItemOf(model, line)), missing };
  pricedComponents.set(component, priced);
  return priced;
}

/** Transfer lines per traffic table, with what they were computed from (the same traffic object, load, payloads and month). */
const pricedTransfers = new WeakMap<LoadResult, { key: string; lines: CostLine[]; items: LineItem[] }>();

/** `transferLines`, reused while the traffic (the same memoised object), the load, the payloads and the month are unchanged. */
function pricedTransfer(model: CompiledModel, unitLoad: LoadResult, secondsPerMonth: number): { lines: CostLine[]; items: LineItem[] } {
  const p = model.parameters;
  const key = `${p.requestsPerSecond}|${p.payloadKbIn}|${p.payloadKbOut}|${secondsPerMonth}`;
  const previous = pricedTransfers.get(unitLoad);
  if (previous && previous.key === key) return previous;
  const lines = transferLines(model, unitLoad, secondsPerMonth);
  const priced = { key, lines, items: lines.map((line) => lineItemOf(model, line)) };
  pricedTransfers.set(unitLoad, priced);
  return priced;
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
  const priced: Array<{ lines: readonly CostLine[]; items: readonly LineItem[] }> = [];
  const components = scenario.components;
  for (let c = 0; c < components.length; c += 1) {
    const component = components[c] as Component;
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
    const own = pricedComponent(model, component, usage);
    priced.push(own);
    for (const what of own.missing) warnings.push({ code: 'cost.noCatalogPrice', message: `${component.name}: the catalog has no ${what}; it is priced at $0.`, elementId: component.id });
  }
  priced.push(pricedTransfer(model, unitLoad, secondsPerMonth));
  const usdByComponent = new Float64Array(t.componentIds.length);
  const byCategory: Record<string, number> = {};
  const lineItems: LineItem[] = [];
  let monthlyUsd = 0;
  for (const { lines, items } of priced) {
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] as CostLine;
      usdByComponent[line.componentIndex] = (usdByComponent[line.componentIndex] ?? 0) + line.monthlyUsd;
      byCategory[line.category] = (byCategory[line.category] ?? 0) + line.monthlyUsd;
      monthlyUsd += line.monthlyUsd;
      lineItems.push(items[i] as LineItem);
    }
  }
  const byComponent = reusedRecord('monthlyUsd', t.componentIds, [usdByComponent], () => recordById(t.componentIds, (c) => usdByComponent[c] ?? 0));
  const requestsPerMonth = X * secondsPerMonth;
  return {
    monthlyUsd,
    perMillionRequestsUsd: requestsPerMonth > 0 ? monthlyUsd / (requestsPerMonth / 1e6) : monthlyUsd > 0 ? Number.POSITIVE_INFINITY : 0,
    byComponent,
    byCategory,
    lineItems,
  };
}
