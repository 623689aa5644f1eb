import type { CatalogRegion, Component } from '../../model';
import type { CompiledModel, CompiledTopology } from '../compile/compiledModel';
import type { LoadResult } from '../capacity/propagateLoad';
import type { StationTable } from '../capacity/stations';
import { keptWhileReadsHold, readsHold, recordReads, type ReadRecord, type ReadsMemo } from '../readRecord';
import { recordById, reusedRecord } from '../recordById';
import type { CostReport, ExplainTerm, ReportWarning } from '../report';
import { componentCost, pricingRegionOf, type ComponentUsage } from './componentCost';
import { sameInEveryField } from './sameInEveryField';
import { breakdownKeyCount, breakdownKeyName, lineBreakdownKeys } from './breakdownKeys';
import type { CostLine } from './costLine';
import { transferCost, transferTotals } from './transferCost';

/** A report line item of a cost line. */
type LineItem = CostReport['lineItems'][number];

function lineItemOf(model: CompiledModel, line: CostLine): LineItem {
  const item: LineItem = { label: line.label, value: line.monthlyUsd, unit: 'USD/month', elementId: model.topology.componentIds[line.componentIndex] ?? '', category: line.category };
  if (line.regionId !== undefined) item.regionId = line.regionId;
  if (line.basis === 'estimated') item.estimated = true;
  if (line.basis === 'usEast1') item.usEast1StandIn = true;
  return item;
}

/** Priced lines: each with its report item and its breakdown keys (`lineBreakdownKeys`). */
interface PricedLines {
  lines: readonly CostLine[];
  items: readonly LineItem[];
  keys: Int32Array;
}

interface PricedComponent extends PricedLines {
  component: Component;
  /** What `componentCost` read of the usage it was priced at: a usage that holds those reads gets the same lines. */
  reads: ReadRecord;
  /** The latest usage found to hold `reads`: a usage equal to it field by field holds them too, checked without walking the record. */
  heldUsage: ComponentUsage;
  missing: string[];
  /** Prices the data does not give for the component's region, charged at us-east-1's. */
  standIns: string[];
}

/** `componentCost` of the latest usage each component object was priced at. */
const pricedComponents = new WeakMap<Component, PricedComponent>();

/** The latest priced component at each index (most edits keep most components where they were): looked up before `pricedComponents`. */
const latestPriced: PricedComponent[] = [];

/**
 * `componentCost` of a component at the usage `scratch` holds (refilled for the next component after),
 * reusing the previous result when neither the component (an unedited element keeps its object) nor
 * what its pricing read of the usage changed (`recordReads`): an edit reprices what it touched, and a
 * change of load reprices only what is charged by traffic (a VM's hours do not read its requests).
 */
function pricedComponent(model: CompiledModel, component: Component, scratch: ComponentUsage): PricedComponent {
  const latest = latestPriced[scratch.index];
  // Most edits change no usage field of most components: a shallow comparison settles them faster than
  // the record's walk, and without making a usage object.
  if (latest && latest.component === component && sameFields(latest.heldUsage, scratch)) return latest;
  // A usage object of its own, never changed after: a price's record of reads may stand for it (`readsHold`).
  const usage = { ...scratch };
  if (latest && latest.component === component && readsHold(latest.reads, usage)) return heldAt(latest, usage);
  const previous = pricedComponents.get(component);
  if (previous && readsHold(previous.reads, usage)) return (latestPriced[usage.index] = heldAt(previous, usage));
  const missing: string[] = [];
  const standIns: string[] = [];
  const { result: lines, record: reads } = recordReads(usage, (seen) => componentCost(component, seen, missing, standIns));
  // An edited component whose lines read the same (a VM fleet's service time) keeps the bill's lines, and so its sums (`billTotals`).
  const same = latest !== undefined && latest.component.id === component.id && latest.lines.length === lines.length && lines.every((line, i) => sameLine(line, latest.lines[i] as CostLine));
  const billed: PricedLines = same ? latest : { lines, items: lines.map((line) => lineItemOf(model, line)), keys: lineBreakdownKeys(lines) };
  const priced = { component, reads, heldUsage: usage, lines: billed.lines, items: billed.items, keys: billed.keys, missing, standIns };
  pricedComponents.set(component, priced);
  latestPriced[usage.index] = priced;
  return priced;
}

/** `priced`, noted as held by `usage` (which holds its reads): the next usage equal to it is recognised at once. */
function heldAt(priced: PricedComponent, usage: ComponentUsage): PricedComponent {
  priced.heldUsage = usage;
  return priced;
}

/**
 * True when two usages have the same value in every field (objects by identity: usages are immutable
 * data), so that any read of one finds what it would find in the other. Every field of `ComponentUsage`
 * must be compared here.
 */
const sameFields = sameInEveryField<ComponentUsage>({
  index: (a, b) => a.index === b.index,
  readsPerMonth: (a, b) => Object.is(a.readsPerMonth, b.readsPerMonth),
  writesPerMonth: (a, b) => Object.is(a.writesPerMonth, b.writesPerMonth),
  units: (a, b) => Object.is(a.units, b.units),
  monthHours: (a, b) => Object.is(a.monthHours, b.monthHours),
  pricing: (a, b) => a.pricing === b.pricing,
  payloadKbIn: (a, b) => Object.is(a.payloadKbIn, b.payloadKbIn),
  payloadKbOut: (a, b) => Object.is(a.payloadKbOut, b.payloadKbOut),
  dnsQueriesPerRequest: (a, b) => Object.is(a.dnsQueriesPerRequest, b.dnsQueriesPerRequest),
  targets: (a, b) => a.targets === b.targets,
  region: (a, b) => a.region === b.region,
  copyRegions: (a, b) => a.copyRegions === b.copyRegions,
});

/** True when two cost lines have the same value in every field. */
const sameLine = sameInEveryField<CostLine>({
  componentIndex: (a, b) => a.componentIndex === b.componentIndex,
  category: (a, b) => a.category === b.category,
  label: (a, b) => a.label === b.label,
  monthlyUsd: (a, b) => Object.is(a.monthlyUsd, b.monthlyUsd),
  usEast1MonthlyUsd: (a, b) => Object.is(a.usEast1MonthlyUsd, b.usEast1MonthlyUsd),
  regionId: (a, b) => a.regionId === b.regionId,
  basis: (a, b) => a.basis === b.basis,
});

const noCopies: ReadonlyArray<CatalogRegion | null> = [];

/** The region of each copy of database `c` (copy 0 = the primary): `previous` itself when it lists the same regions, so that the usage can equal the last one. */
function copyRegionsOf(model: CompiledModel, c: number, previous: ReadonlyArray<CatalogRegion | null> | undefined): ReadonlyArray<CatalogRegion | null> {
  const t = model.topology;
  const start = t.copyStart[c] ?? 0;
  const regions = Array.from({ length: t.copyCount[c] ?? 0 }, (_, j) => t.copySites[start + j]?.region ?? null);
  return previous !== undefined && previous.length === regions.length && regions.every((region, j) => region === previous[j]) ? previous : regions;
}

type PricedTransfer = PricedLines & { byEdge: Record<string, ExplainTerm[]>; standIns: Map<number, string[]> };

/** The transfer pricing of one traffic table on one topology, and what it read of the parameters and the month. */
interface TransferMemo {
  topology: CompiledTopology;
  memo: ReadsMemo<PricedTransfer>;
}

/** Per traffic table (immutable, as its topology: each is kept by its own cache while what built it holds, so the objects themselves are the key). */
const transferMemos = new WeakMap<LoadResult, TransferMemo>();

/**
 * `transferCost`, reused while the traffic table and the topology are the same objects and every
 * parameter it read (payloads, load… whatever it reads today) and the month keep their values
 * (`keptWhileReadsHold`).
 */
function pricedTransfer(model: CompiledModel, unitLoad: LoadResult, secondsPerMonth: number): PricedTransfer {
  const { topology } = model;
  const kept = transferMemos.get(unitLoad);
  const entry = kept?.topology === topology ? kept : { topology, memo: {} };
  if (entry !== kept) transferMemos.set(unitLoad, entry);
  return keptWhileReadsHold(entry.memo, { parameters: model.parameters, secondsPerMonth }, (seen) => {
    const { lines, byEdge, standIns } = transferCost({ topology, parameters: seen.parameters }, unitLoad, seen.secondsPerMonth);
    return { lines, items: lines.map((line) => lineItemOf(model, line)), keys: lineBreakdownKeys(lines), byEdge, standIns };
  });
}

/**
 * The bill's monthly total: its lines' USD added one by one in bill order, as the report's total and a
 * sweep's (`monthlyCostUsd`) both are, so that the two are bit for bit the same.
 */
function billMonthlyUsd(pieces: ReadonlyArray<ReadonlyArray<{ monthlyUsd: number }>>): number {
  let monthlyUsd = 0;
  for (const lines of pieces) for (const line of lines) monthlyUsd += line.monthlyUsd;
  return monthlyUsd;
}

/** What a bill's lines add up to: the report's totals and breakdowns, and its line items in bill order. */
type BillTotals = Pick<CostReport, 'monthlyUsd' | 'usEast1MonthlyUsd' | 'byComponent' | 'byCategory' | 'byRegion' | 'usEast1ByRegion' | 'lineItems'>;

/** The totals last summed per topology, with the priced lines they were summed from. */
const latestTotals = new WeakMap<CompiledTopology, { priced: readonly PricedLines[]; totals: BillTotals }>();

/** The totals of the lines of `priced`, summed line by line in bill order. */
function billTotals(t: CompiledTopology, priced: readonly PricedLines[]): BillTotals {
  const usdByComponent = new Float64Array(t.componentIds.length);
  // Totals by breakdown key index, summed line by line in bill order (as a record by key would be), each
  // key's entry made where its first line is.
  const keyCount = breakdownKeyCount();
  const usdByCategory = new Float64Array(keyCount);
  const usdByRegion = new Float64Array(keyCount);
  const usEast1UsdByRegion = new Float64Array(keyCount);
  const categoryOrder: number[] = [];
  const regionOrder: number[] = [];
  const met = new Uint8Array(keyCount);
  const lineItems: LineItem[] = [];
  let usEast1MonthlyUsd = 0;
  for (const { lines, items, keys } of priced) {
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] as CostLine;
      const category = keys[2 * i] as number;
      const region = keys[2 * i + 1] as number;
      // Bit 1 marks a key met as a category, bit 2 as a region.
      if (((met[category] as number) & 1) === 0) {
        met[category] = (met[category] as number) | 1;
        categoryOrder.push(category);
      }
      if (((met[region] as number) & 2) === 0) {
        met[region] = (met[region] as number) | 2;
        regionOrder.push(region);
      }
      usdByComponent[line.componentIndex] = (usdByComponent[line.componentIndex] ?? 0) + line.monthlyUsd;
      usdByCategory[category] = (usdByCategory[category] as number) + line.monthlyUsd;
      usdByRegion[region] = (usdByRegion[region] as number) + line.monthlyUsd;
      usEast1UsdByRegion[region] = (usEast1UsdByRegion[region] as number) + line.usEast1MonthlyUsd;
      usEast1MonthlyUsd += line.usEast1MonthlyUsd;
      lineItems.push(items[i] as LineItem);
    }
  }
  const byCategory: Record<string, number> = {};
  for (const k of categoryOrder) byCategory[breakdownKeyName(k)] = usdByCategory[k] as number;
  const byRegion: Record<string, number> = {};
  const usEast1ByRegion: Record<string, number> = {};
  for (const k of regionOrder) {
    byRegion[breakdownKeyName(k)] = usdByRegion[k] as number;
    usEast1ByRegion[breakdownKeyName(k)] = usEast1UsdByRegion[k] as number;
  }
  const byComponent = reusedRecord('monthlyUsd', t.componentIds, [usdByComponent], () => recordById(t.componentIds, (c) => usdByComponent[c] ?? 0));
  return { monthlyUsd: billMonthlyUsd(priced.map((piece) => piece.lines)), usEast1MonthlyUsd, byComponent, byCategory, byRegion, usEast1ByRegion, lineItems };
}

/** Every component's own lines at the model's load, in component order (`pricedComponent`). */
function pricedComponentsOf(model: CompiledModel, unitLoad: LoadResult, stations: StationTable): PricedComponent[] {
  const { topology: t, parameters: p, scenario } = model;
  const X = p.requestsPerSecond;
  const secondsPerMonth = 3600 * p.monthHours;
  const newConnections = scenario.clients.reduce((sum, client) => sum + client.share * client.newConnectionFraction, 0);
  const components = scenario.components;
  // One scratch usage refilled per component: `pricedComponent` copies it when it must keep it.
  const usage: ComponentUsage = {
    index: 0,
    readsPerMonth: 0,
    writesPerMonth: 0,
    units: 1,
    monthHours: p.monthHours,
    pricing: scenario.settings.pricing,
    payloadKbIn: p.payloadKbIn,
    payloadKbOut: p.payloadKbOut,
    dnsQueriesPerRequest: newConnections,
    targets: 0,
    region: null,
    copyRegions: noCopies,
  };
  return components.map((component, c) => {
    const stationStart = stations.start[c] ?? 0;
    usage.index = c;
    usage.readsPerMonth = (unitLoad.arrivals[c * 2] ?? 0) * X * secondsPerMonth;
    usage.writesPerMonth = (unitLoad.arrivals[c * 2 + 1] ?? 0) * X * secondsPerMonth;
    usage.units = t.kinds[c] === 'database' ? (t.copyCount[c] ?? 1) : (stations.start[c + 1] ?? 0) > stationStart ? (stations.units[stationStart] ?? 1) : 1;
    usage.targets = (t.outStart[c + 1] ?? 0) - (t.outStart[c] ?? 0);
    usage.region = pricingRegionOf(component, t.sites[c]?.region ?? null);
    usage.copyRegions = t.kinds[c] === 'database' ? copyRegionsOf(model, c, latestPriced[c]?.heldUsage.copyRegions) : noCopies;
    return pricedComponent(model, component, usage);
  });
}

/**
 * The bill's monthly total alone, USD/month: `evaluateCost(...).monthlyUsd` bit for bit (the same lines,
 * summed by `billMonthlyUsd` in the same order), without labels, line items, breakdowns or warnings,
 * which a sweep point does not show.
 */
export function monthlyCostUsd(model: CompiledModel, unitLoad: LoadResult, stations: StationTable): number {
  const componentLines = pricedComponentsOf(model, unitLoad, stations).map((own) => own.lines);
  return billMonthlyUsd([...componentLines, transferTotals(model, unitLoad, 3600 * model.parameters.monthHours)]);
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
  const components = scenario.components;
  const standIns = new Map<number, string[]>();
  const owns = pricedComponentsOf(model, unitLoad, stations);
  owns.forEach((own, c) => {
    const component = components[c] as Component;
    for (const what of own.missing) warnings.push({ code: 'cost.noCatalogPrice', message: `${component.name}: the catalog has no ${what}; it is priced at $0.`, elementId: component.id });
    if (own.standIns.length > 0) standIns.set(c, [...own.standIns]);
  });
  const transfer = pricedTransfer(model, unitLoad, secondsPerMonth);
  const priced: PricedLines[] = [...owns, transfer];
  for (const [c, what] of transfer.standIns) standIns.set(c, [...(standIns.get(c) ?? []), ...what]);
  for (const [c, what] of standIns) {
    const component = components[c] as Component;
    warnings.push({
      code: 'cost.regionPrices',
      message: `${component.name}: the price data has no ${[...new Set(what)].join(', ')}; us-east-1 list prices stand in (docs/sources.md §3.6 lists what is priced by region).`,
      elementId: component.id,
    });
  }
  const kept = latestTotals.get(t);
  // Totals are sums in bill order: the same lines (the same arrays) give the same sums.
  const totals = kept && kept.priced.length === priced.length && kept.priced.every((piece, i) => piece.lines === priced[i]?.lines) ? kept.totals : billTotals(t, priced);
  latestTotals.set(t, { priced, totals });
  const { monthlyUsd, usEast1MonthlyUsd } = totals;
  const requestsPerMonth = X * secondsPerMonth;
  return {
    monthlyUsd,
    perMillionRequestsUsd: requestsPerMonth > 0 ? monthlyUsd / (requestsPerMonth / 1e6) : monthlyUsd > 0 ? Number.POSITIVE_INFINITY : 0,
    byComponent: totals.byComponent,
    byCategory: totals.byCategory,
    byRegion: totals.byRegion,
    usEast1MonthlyUsd,
    usEast1ByRegion: totals.usEast1ByRegion,
    regionalPremium: usEast1MonthlyUsd > 0 ? monthlyUsd / usEast1MonthlyUsd - 1 : 0,
    lineItems: totals.lineItems,
    transferByEdge: transfer.byEdge,
  };
}
