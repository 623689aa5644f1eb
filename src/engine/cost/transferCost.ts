import { kbPerGb, tieredCostUsd, type PriceTier } from '../catalog/networkPrices';
import { internetEgressTiers } from '../catalog/transferPrices';
import { edgeKindCall, type CompiledModel } from '../compile/compiledModel';
import type { LoadResult } from '../capacity/propagateLoad';
import type { Site } from '../network/site';
import type { ExplainTerm } from '../report';
import type { CostLine } from './costLine';
import { siteTransferKind, siteTransferUsd } from './siteTransferCost';

function siteOf(model: CompiledModel, component: number): Site | null {
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
  entries: EgressEntry[];
}

/** Data transfer of a design: cost lines per component, and the items each edge causes. */
export interface TransferCost {
  lines: CostLine[];
  /** Per edge id: its Internet egress, cross-zone and inter-region items, USD/month (edges that cost nothing are absent). */
  byEdge: Record<string, ExplainTerm[]>;
}

const kindLabels = { crossZone: 'cross-zone', interRegion: 'inter-region' } as const;

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
 */
export function transferCost(model: CompiledModel, unitLoad: LoadResult, secondsPerMonth: number): TransferCost {
  const { topology: t, parameters: p } = model;
  const gbOf = (callsPerRequest: number, kbEach: number) => (callsPerRequest * kbEach * secondsPerMonth * p.requestsPerSecond) / kbPerGb;
  const usdByComponent = new Map<number, number>();
  const byEdge: Record<string, ExplainTerm[]> = {};
  const charge = (component: number, usd: number, edge = -1, label = '') => {
    if (!(usd > 0)) return;
    usdByComponent.set(component, (usdByComponent.get(component) ?? 0) + usd);
    const id = t.edgeIds[edge];
    if (id !== undefined) (byEdge[id] ??= []).push({ label, value: usd, unit: 'USD/month', elementId: id });
  };
  const accounts = new Map<string, EgressAccount>();
  const addEgress = (component: number, edge: number, gb: number) => {
    if (gb <= 0) return;
    const region = siteOf(model, component)?.region ?? null;
    const key = region?.id ?? 'global';
    const account = accounts.get(key) ?? { tiers: internetEgressTiers(region).value, entries: [] };
    accounts.set(key, account);
    account.entries.push({ component, edge, gb });
  };
  t.edgeIds.forEach((_, e) => {
    const from = t.edgeFrom[e] ?? -1;
    const to = t.edgeTo[e] ?? 0;
    if (t.kinds[to] !== 'cdn') addEgress(to, e, gbOf(unitLoad.internetResponsesByEdge[e] ?? 0, p.payloadKbOut));
    const rate = unitLoad.edgeRate[e] ?? 0;
    if (from < 0 || rate <= 0) return;
    const a = siteOf(model, from);
    const b = siteOf(model, to);
    if (a !== null && b === null && t.kinds[to] === 'external') addEgress(from, e, gbOf(rate, p.payloadKbIn));
    if (a === null || b === null) return;
    const kind = siteTransferKind(a, b);
    if (kind === 'free') return;
    const forwardGb = gbOf(rate, p.payloadKbIn);
    const backwardGb = t.edgeKind[e] === edgeKindCall ? gbOf(rate, p.payloadKbOut) : 0;
    charge(from, siteTransferUsd(a, b, forwardGb, backwardGb), e, `${kindLabels[kind]} transfer, ${gbText(forwardGb + backwardGb)}`);
  });
  t.componentIds.forEach((_, c) => {
    const copies = t.copyCount[c] ?? 0;
    const primary = siteOf(model, c);
    if (copies < 2 || primary === null) return;
    const writes = (unitLoad.arrivals[c * 2 + 1] ?? 0) + (unitLoad.replicatedWritesPerSecond[c] ?? 0);
    for (let j = 1; j < copies; j += 1) {
      const replica = t.copySites[(t.copyStart[c] ?? 0) + j];
      if (replica) charge(c, siteTransferUsd(primary, replica, gbOf(writes, p.payloadKbIn), 0));
    }
  });
  for (const account of accounts.values()) {
    const totalGb = account.entries.reduce((sum, entry) => sum + entry.gb, 0);
    const usd = tieredCostUsd(totalGb, account.tiers);
    for (const { component, edge, gb } of account.entries) charge(component, (usd * gb) / totalGb, edge, `Internet egress, ${gbText(gb)}`);
  }
  const lines = [...usdByComponent].map(([componentIndex, monthlyUsd]): CostLine => ({ componentIndex, category: 'dataTransfer', label: 'data transfer (egress, cross-zone, inter-region)', monthlyUsd }));
  return { lines, byEdge };
}
