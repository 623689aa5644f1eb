import { formatMs } from '../../../charts';
import type { Report } from '../../../engine';
import { section, type Breakdown } from './breakdownSection';

/** The p99 of a population as a waterfall: what each component adds, then the network (from a node's p99 badge). */
export function p99Waterfall(report: Report, populationId: string, componentId: string, nameOf: (id: string) => string): Breakdown | null {
  const figure = report.latency.byPopulation[populationId];
  if (!figure || figure.saturated) return null;
  const terms = figure.p99Breakdown.map((term) => (term.elementId ? { ...term, label: `${nameOf(term.elementId)}: queueing + service` } : term));
  return {
    title: `Where the p99 of ${nameOf(populationId)} goes`,
    note: `Each component adds its mean time per request (all its calls), plus a share of the tail — p99 ${formatMs(figure.p99Ms)} minus mean ${formatMs(figure.meanMs)} — in proportion to the variance it adds to the path (Euler allocation under a normal approximation). The network keeps its mean: RTTs, last mile and handshakes barely vary.`,
    sections: [section('p99 by component', terms, 'ms', { label: 'p99', value: figure.p99Ms }, { references: [{ label: 'Mean', value: figure.meanMs }], waterfall: true, highlight: componentId })],
  };
}

/** The data-transfer line items of one edge (from its transfer cost label). */
export function edgeTransferBreakdown(report: Report, edgeId: string, nameOf: (id: string) => string): Breakdown | null {
  const items = report.cost.transferByEdge[edgeId] ?? [];
  const total = items.reduce((sum, item) => sum + item.value, 0);
  return {
    title: `Data transfer on ${nameOf(edgeId)}`,
    note: 'What the traffic on this edge costs a month: Internet egress of responses to clients (tiered per region), cross-zone calls ($0.01/GB each way, charged on both sides) and inter-region calls, from the payload sizes and the requests the edge carries.',
    sections: [section('Line items', items, 'USD/month', { label: 'Data transfer of this edge', value: total }, { references: [{ label: 'All data transfer', value: report.cost.byCategory.dataTransfer ?? 0 }] })],
  };
}
