import { kbPerGb, tieredCostUsd, type PriceTier } from '../catalog/networkPrices';
import type { CatalogRegion } from '../../model';
import { unitPriceText } from '../catalog/regionalPrices';
import { internetEgressTiers } from '../catalog/transferPrices';
import { edgeKindCall, type CompiledModel } from '../compile/compiledModel';
import type { LoadResult } from '../capacity/propagateLoad';
import type { Site } from '../network/site';
import type { ExplainTerm } from '../report';
import type { CostLine } from './costLine';
import { siteTransferKind, siteTransferUsd, type TransferUsd } from './siteTransferCost';

/** What transfer pricing reads of a model: its topology and its parameters (`evaluateCost` keys its cache by them). */
type TransferModel = Pick<CompiledModel, 'topology' | 'parameters'>;

function siteOf(model: TransferModel, component: number): Site | null {
  const t = model.topology;
  if (t.kinds[component] === 'database' && (t.copyCount[component] ?? 0) > 0) return t.copySites[t.copyStart[component] ?? 0] ?? null;
  return t.sites[component] ?? null;
}

/** GB a component sends to the Internet, and the edge that traffic belongs to. */
interface EgressEntry {
  component: number;
  edge: number;
  gb: number;
}

/** Internet egress is tiered per account and region: totals are priced together, then shared out by GB. */
interface EgressAccount {
  tiers: readonly PriceTier[];
  /** us-east-1's tiers, for the bill at us-east-1 prices. */
  usEast1Tiers: readonly PriceTier[];
  region: CatalogRegion | null;
  /** The region whose egress price us-east-1's stands in for, or null when the data gives it. */
  standInFor: string | null;
  entries: EgressEntry[];
}

/** Data transfer of a design: cost lines per component, and the items each edge causes. */
export interface TransferCost {
  lines: CostLine[];
  /** Per edge id: its Internet egress, cross-zone and inter-region items, USD/month (edges that cost nothing are absent). */
  byEdge: Record<string, ExplainTerm[]>;
  /** Per component index: the transfer prices the data does not give for its region, charged at us-east-1's. */
  standIns: Map<number, string[]>;
}

const kindLabels = { egress: 'Internet egress', crossZone: 'cross-zone transfer', interRegion: 'inter-region transfer' } as const;
type TransferKind = keyof typeof kindLabels;

/** One component's transfer of one kind out of one region, summed over its edges: a line of the bill before its label. */
export interface TransferTotal {
  component: number;
  kind: TransferKind;
  /** Where the bytes leave from, which sets their price (null: a global sender). */
  region: CatalogRegion | null;
  gb: number;
  monthlyUsd: number;
  /** The same transfer at us-east-1's prices. */
  usEast1MonthlyUsd: number;
}

/** What the full bill notes beside the totals: each edge's items and the prices standing in (a sweep reads neither). */
interface TransferDetail {
  byEdge: Record<string, ExplainTerm[]>;
  standIns: Map<number, string[]>;
}

/** "31,536 GB", "4.38 GB": a monthly volume for a line item's label. */
const gbText = (gb: number) => `${gb >= 10 ? Math.round(gb).toLocaleString('en-US') : gb.toPrecision(3)} GB`;

/**
 * Monthly data transfer (SPEC §2.5) from the traffic per request `unitLoad` at the model's load: Internet
 * egress of responses to clients (charged to the component that answers them and to the edge the
 * requests came in on, CDNs excepted: their egress is in their own price) and of requests to external
 * APIs (tiered per region: an account's total is priced, then shared out by GB); cross-zone and
 * inter-region calls (request and response bytes) and async messages (request bytes), on the sender
 * and the edge; database replication between a database's copies (each write's request bytes to
 * each copy), on the database only. Every call carries the workload's payloadKbIn and payloadKbOut.
 * Each total also carries the same bytes at us-east-1's prices (its tiers, its rate for the same pair).
 * Totals come in bill order (each where its first charge is). With `detail`, each edge's items and the
 * prices standing in are noted there too; without, the totals are the same, as a sweep reads them.
 */
export function transferTotals(model: TransferModel, unitLoad: LoadResult, secondsPerMonth: number, detail?: TransferDetail): TransferTotal[] {
  const t = model.topology;
  // Read once: the parameters may be seen through a recording proxy (`evaluateCost`'s cache).
  const { requestsPerSecond, payloadKbIn, payloadKbOut } = model.parameters;
  const gbOf = (callsPerRequest: number, kbEach: number) => (callsPerRequest * kbEach * secondsPerMonth * requestsPerSecond) / kbPerGb;
  // Each component's totals (a few: by kind and region), and all of them in the order they were made.
  const totalsOf: TransferTotal[][] = [];
  const totals: TransferTotal[] = [];
  const standIn = (component: number, what: string) => {
    if (detail === undefined) return;
    const list = detail.standIns.get(component) ?? [];
    if (!list.includes(what)) list.push(what);
    detail.standIns.set(component, list);
  };
  const standInFor = (component: number) => (detail === undefined ? undefined : (what: string) => standIn(component, what));
  /** Adds `gb` leaving `region`, costing `usd` (`usEast1Usd` at us-east-1's prices), to `component`'s total of that kind and region. */
  const charge = (component: number, kind: TransferKind, region: CatalogRegion | null, gb: number, { usd, usEast1Usd }: TransferUsd) => {
    if (!(usd > 0)) return;
    const regionId = region?.id;
    const own = (totalsOf[component] ??= []);
    let total = own.find((other) => other.kind === kind && other.region?.id === regionId);
    if (total === undefined) {
      total = { component, kind, region, gb: 0, monthlyUsd: 0, usEast1MonthlyUsd: 0 };
      own.push(total);
      totals.push(total);
    }
    total.gb += gb;
    total.monthlyUsd += usd;
    total.usEast1MonthlyUsd += usEast1Usd;
  };
  const itemise = (edge: number, kind: TransferKind, gb: number, usd: number) => {
    const id = t.edgeIds[edge];
    if (detail !== undefined && id !== undefined && usd > 0) (detail.byEdge[id] ??= []).push({ label: `${kindLabels[kind]}, ${gbText(gb)}`, value: usd, unit: 'USD/month', elementId: id });
  };
  const accounts = new Map<string, EgressAccount>();
  const addEgress = (component: number, edge: number, gb: number) => {
    if (gb <= 0) return;
    const region = siteOf(model, component)?.region ?? null;
    const key = region?.id ?? 'global';
    let account = accounts.get(key);
    if (account === undefined) {
      const placed = internetEgressTiers(region);
      account = { tiers: placed.price.value, usEast1Tiers: placed.usEast1.value, region, standInFor: placed.basis === 'usEast1' ? (region?.code ?? null) : null, entries: [] };
    }
    accounts.set(key, account);
    account.entries.push({ component, edge, gb });
  };
  t.edgeIds.forEach((_, e) => {
    const from = t.edgeFrom[e] ?? -1;
    const to = t.edgeTo[e] ?? 0;
    if (t.kinds[to] !== 'cdn') addEgress(to, e, gbOf(unitLoad.internetResponsesByEdge[e] ?? 0, payloadKbOut));
    const rate = unitLoad.edgeRate[e] ?? 0;
    if (from < 0 || rate <= 0) return;
    const a = siteOf(model, from);
    const b = siteOf(model, to);
    if (a !== null && b === null && t.kinds[to] === 'external') addEgress(from, e, gbOf(rate, payloadKbIn));
    if (a === null || b === null) return;
    const kind = siteTransferKind(a, b);
    if (kind === 'free') return;
    const forwardGb = gbOf(rate, payloadKbIn);
    const backwardGb = t.edgeKind[e] === edgeKindCall ? gbOf(rate, payloadKbOut) : 0;
    // Each direction is priced out of the region its bytes leave: requests out of a, responses out of b.
    const forward = siteTransferUsd(a, b, forwardGb, standInFor(from));
    const backward = siteTransferUsd(b, a, backwardGb, standInFor(from));
    charge(from, kind, a.region, forwardGb, forward);
    charge(from, kind, b.region, backwardGb, backward);
    itemise(e, kind, forwardGb + backwardGb, forward.usd + backward.usd);
  });
  t.componentIds.forEach((_, c) => {
    const copies = t.copyCount[c] ?? 0;
    const primary = siteOf(model, c);
    if (copies < 2 || primary === null) return;
    const writes = (unitLoad.arrivals[c * 2 + 1] ?? 0) + (unitLoad.replicatedWritesPerSecond[c] ?? 0);
    for (let j = 1; j < copies; j += 1) {
      const replica = t.copySites[(t.copyStart[c] ?? 0) + j];
      const kind = replica ? siteTransferKind(primary, replica) : 'free';
      const gb = gbOf(writes, payloadKbIn);
      if (replica && kind !== 'free') charge(c, kind, primary.region, gb, siteTransferUsd(primary, replica, gb, standInFor(c)));
    }
  });
  for (const account of accounts.values()) {
    const totalGb = account.entries.reduce((sum, entry) => sum + entry.gb, 0);
    const usd = tieredCostUsd(totalGb, account.tiers);
    const usEast1Usd = tieredCostUsd(totalGb, account.usEast1Tiers);
    for (const { component, edge, gb } of account.entries) {
      charge(component, 'egress', account.region, gb, { usd: (usd * gb) / totalGb, usEast1Usd: (usEast1Usd * gb) / totalGb });
      itemise(edge, 'egress', gb, (usd * gb) / totalGb);
      if (account.standInFor !== null) standIn(component, `Internet egress price out of ${account.standInFor}`);
    }
  }
  return totals;
}

/** Data transfer of a design (`transferTotals`) as lines of the bill, labelled, with each edge's items and the prices standing in. */
export function transferCost(model: TransferModel, unitLoad: LoadResult, secondsPerMonth: number): TransferCost {
  const detail: TransferDetail = { byEdge: {}, standIns: new Map() };
  const lines = transferTotals(model, unitLoad, secondsPerMonth, detail).map(({ component, kind, region, gb, monthlyUsd, usEast1MonthlyUsd }): CostLine => {
    // Tiered egress and mixed destinations make the rate an average: usd / gb.
    const label = `${kindLabels[kind]}, ${gbText(gb)} out of ${region?.code ?? 'a global service'} at $${unitPriceText(monthlyUsd / gb)}/GB`;
    const line: CostLine = { componentIndex: component, category: 'dataTransfer', label, monthlyUsd, usEast1MonthlyUsd };
    if (region) line.regionId = region.id;
    return line;
  });
  return { lines, ...detail };
}
