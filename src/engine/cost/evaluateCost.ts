import type { CatalogRegion, Component } from '../../model';
import type { CompiledModel } from '../compile/compiledModel';
import type { LoadResult } from '../capacity/propagateLoad';
import type { StationTable } from '../capacity/stations';
import { readsHold, recordReads, type ReadRecord } from '../readRecord';
import { recordById, reusedRecord } from '../recordById';
import type { CostReport, ExplainTerm, ReportWarning } from '../report';
import { componentCost, pricingRegionOf, type ComponentUsage } from './componentCost';
import type { CostLine } from './costLine';
import { transferCost } from './transferCost';

/** A report line item of a cost line. */
type LineItem = CostReport['lineItems'][number];

function lineItemOf(model: CompiledModel, line: CostLine): LineItem {
  const item: LineItem = { label: line.label, value: line.monthlyUsd, unit: 'USD/month', elementId: model.topology.componentIds[line.componentIndex] ?? '', category: line.category };
  if (line.regionId !== undefined) item.regionId = line.regionId;
  if (line.basis === 'estimated') item.estimated = true;
  if (line.basis === 'usEast1') item.usEast1StandIn = true;
  return item;
}

/** Region key of `byRegion` for a line priced globally (global services, explicit prices). */
const globalRegionKey = 'global';

interface PricedComponent {
  /** What `componentCost` read of the usage it was priced at: a usage that holds those reads gets the same lines. */
  reads: ReadRecord;
  lines: CostLine[];
  items: LineItem[];
  missing: string[];
  /** Prices the data does not give for the component's region, charged at us-east-1's. */
  standIns: string[];
}

/** `componentCost` of the latest usage each component object was priced at. */
const pricedComponents = new WeakMap<Component, PricedComponent>();

/**
 * `componentCost` of a component at `scratchUsage` (which the caller reuses: it is copied when kept),
 * reusing the previous result when neither the component (an unedited element keeps its object) nor
 * what its pricing read of the usage changed (`recordReads`): an edit reprices what it touched, and a
 * change of load reprices only what is charged by traffic (a VM's hours do not read its requests).
 */
function pricedComponent(model: CompiledModel, component: Component, scratchUsage: ComponentUsage): PricedComponent {
  const previous = pricedComponents.get(component);
  if (previous && readsHold(previous.reads, scratchUsage)) return previous;
  const missing: string[] = [];
  const standIns: string[] = [];
  const { result: lines, record: reads } = recordReads({ ...scratchUsage }, (usage) => componentCost(component, usage, missing, standIns));
  const priced = { reads, lines, items: lines.map((line) => lineItemOf(model, line)), missing, standIns };
  pricedComponents.set(component, priced);
  return priced;
}

const noCopies: ReadonlyArray<CatalogRegion | null> = [];

/** The region of each copy of database `c` (copy 0 = the primary). */
function copyRegionsOf(model: CompiledModel, c: number): Array<CatalogRegion | null> {
  const t = model.topology;
  const start = t.copyStart[c] ?? 0;
  return Array.from({ length: t.copyCount[c] ?? 0 }, (_, j) => t.copySites[start + j]?.region ?? null);
}

type PricedTransfer = { lines: CostLine[]; items: LineItem[]; byEdge: Record<string, ExplainTerm[]>; standIns: Map<number, string[]> };

/** Transfer lines per traffic table, with what they were computed from (the same traffic object, load, payloads and month). */
const pricedTransfers = new WeakMap<LoadResult, PricedTransfer & { key: string }>();

/** `transferCost`, reused while the traffic (the same memoised object), the load, the payloads and the month are unchanged. */
function pricedTransfer(model: CompiledModel, unitLoad: LoadResult, secondsPerMonth: number): PricedTransfer {
  const p = model.parameters;
  const key = `${p.requestsPerSecond}|${p.payloadKbIn}|${p.payloadKbOut}|${secondsPerMonth}`;
  const previous = pricedTransfers.get(unitLoad);
  if (previous && previous.key === key) return previous;
  const { lines, byEdge, standIns } = transferCost(model, unitLoad, secondsPerMonth);
  const priced = { key, lines, items: lines.map((line) => lineItemOf(model, line)), byEdge, standIns };
  pricedTransfers.set(unitLoad, priced);
  return priced;
}

/**
 * Monthly cost (SPEC §2.5): every component's own price (`componentCost`) plus data transfer from
 * payload sizes and the traffic each edge carries (`transferCost`), itemised per edge too.
 * Per million requests = monthly / (requests/s × 3600 × monthHours / 10⁶). The us-east-1
 * counterfactual sums the same lines at us-east-1's unit prices; regional premium = monthly / it − 1.
 */
export function evaluateCost(model: CompiledModel, unitLoad: LoadResult, stations: StationTable, warnings: ReportWarning[]): CostReport {
  const { topology: t, parameters: p, scenario } = model;
  const X = p.requestsPerSecond;
  const secondsPerMonth = 3600 * p.monthHours;
  const newConnections = scenario.clients.reduce((sum, client) => sum + client.share * client.newConnectionFraction, 0);
  const priced: Array<{ lines: readonly CostLine[]; items: readonly LineItem[] }> = [];
  const components = scenario.components;
  // One usage object for every component (an edit usually finds each component's price unchanged: no allocation then).
  const usage: ComponentUsage = { index: 0, readsPerMonth: 0, writesPerMonth: 0, units: 1, monthHours: p.monthHours, pricing: scenario.settings.pricing, payloadKbIn: p.payloadKbIn, payloadKbOut: p.payloadKbOut, dnsQueriesPerRequest: newConnections, targets: 0, region: null, copyRegions: [] };
  const standIns = new Map<number, string[]>();
  for (let c = 0; c < components.length; c += 1) {
    const component = components[c] as Component;
    const stationStart = stations.start[c] ?? 0;
    usage.index = c;
    usage.readsPerMonth = (unitLoad.arrivals[c * 2] ?? 0) * X * secondsPerMonth;
    usage.writesPerMonth = (unitLoad.arrivals[c * 2 + 1] ?? 0) * X * secondsPerMonth;
    usage.units = t.kinds[c] === 'database' ? (t.copyCount[c] ?? 1) : (stations.start[c + 1] ?? 0) > stationStart ? (stations.units[stationStart] ?? 1) : 1;
    usage.targets = (t.outStart[c + 1] ?? 0) - (t.outStart[c] ?? 0);
    usage.region = pricingRegionOf(component, t.sites[c]?.region ?? null);
    usage.copyRegions = t.kinds[c] === 'database' ? copyRegionsOf(model, c) : noCopies;
    const own = pricedComponent(model, component, usage);
    priced.push(own);
    for (const what of own.missing) warnings.push({ code: 'cost.noCatalogPrice', message: `${component.name}: the catalog has no ${what}; it is priced at $0.`, elementId: component.id });
    if (own.standIns.length > 0) standIns.set(c, [...own.standIns]);
  }
  const transfer = pricedTransfer(model, unitLoad, secondsPerMonth);
  priced.push(transfer);
  for (const [c, what] of transfer.standIns) standIns.set(c, [...(standIns.get(c) ?? []), ...what]);
  for (const [c, what] of standIns) {
    const component = components[c] as Component;
    warnings.push({
      code: 'cost.regionPrices',
      message: `${component.name}: the price data has no ${[...new Set(what)].join(', ')}; us-east-1 list prices stand in (docs/sources.md §3.6 lists what is priced by region).`,
      elementId: component.id,
    });
  }
  const usdByComponent = new Float64Array(t.componentIds.length);
  const byCategory: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  const usEast1ByRegion: Record<string, number> = {};
  const lineItems: LineItem[] = [];
  let monthlyUsd = 0;
  let usEast1MonthlyUsd = 0;
  for (const { lines, items } of priced) {
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] as CostLine;
      usdByComponent[line.componentIndex] = (usdByComponent[line.componentIndex] ?? 0) + line.monthlyUsd;
      byCategory[line.category] = (byCategory[line.category] ?? 0) + line.monthlyUsd;
      const regionKey = line.regionId ?? globalRegionKey;
      byRegion[regionKey] = (byRegion[regionKey] ?? 0) + line.monthlyUsd;
      usEast1ByRegion[regionKey] = (usEast1ByRegion[regionKey] ?? 0) + line.usEast1MonthlyUsd;
      monthlyUsd += line.monthlyUsd;
      usEast1MonthlyUsd += line.usEast1MonthlyUsd;
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
    byRegion,
    usEast1MonthlyUsd,
    usEast1ByRegion,
    regionalPremium: usEast1MonthlyUsd > 0 ? monthlyUsd / usEast1MonthlyUsd - 1 : 0,
    lineItems,
    transferByEdge: transfer.byEdge,
  };
}
