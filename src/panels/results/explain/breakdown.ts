import { formatUsdExact } from '../../../charts';
import type { LatencySummary, RecoveryEvent, Report } from '../../../engine';
// From its own file, not the engine's index: a value imported through the index pulls the engine into this chunk.
import { regionalPremiumText } from '../../../engine/cost/regionalPremiumText';
import { downtimeShareText, singlePointKindText } from '../../../export';
import type { ExplainTarget } from '../../../store';
import { section, sumOf, type Breakdown, type BreakdownSection } from './breakdownSection';
import { edgeTransferBreakdown, p99Waterfall } from './canvasBreakdowns';

export type { Breakdown, BreakdownSection, ExplainTarget };

/** The figures a waterfall has a column for. */
type WaterfallColumn = 'meanMs' | 'p50Ms' | 'p99Ms';

/** One column of a population's waterfall as a section adding up to its figure. */
function waterfallSection(figure: LatencySummary, column: WaterfallColumn, title: string, headline: string, references: BreakdownSection['references']): BreakdownSection {
  const terms = figure.waterfall.map((step) => ({ label: step.label, value: step[column], unit: 'ms', ...(step.elementId === undefined ? {} : { elementId: step.elementId }) }));
  return section(title, terms, 'ms', { label: headline, value: figure[column] }, { references, waterfall: true });
}

function latencyBreakdown(report: Report, populationId: string, nameOf: (id: string) => string): Breakdown | null {
  const figure = report.latency.byPopulation[populationId];
  if (!figure) return null;
  if (figure.saturated || figure.waterfall.length === 0) {
    return {
      title: `Latency of ${nameOf(populationId)}`,
      note: figure.saturated
        ? `A component on this path is saturated: no finite latency exists. The path saturates at ${figure.saturatesAtRequestsPerSecond} requests/s.`
        : 'The engine itemises the mean time each component adds to a request (queueing wait + service, per call).',
      sections: [section('Mean time per request, by component', figure.explain, 'ms', { label: 'Mean latency', value: figure.meanMs })],
    };
  }
  return {
    title: `Where the latency of ${nameOf(populationId)} goes`,
    note:
      'The path as a request meets it: connection set-up, network legs, each component, in order. A row is the time a request spends there on average; a step only some requests take (a cache miss, a new connection) counts for their share, and the targets a router spreads requests over share one row ("App a or App b, 50/50"). Means add up; percentiles do not: a row’s p50 and p99 are its mean plus a share of the gap between the percentile and the mean, in proportion to the variance the row adds. The last row, when there is one, is what the steps do not add up to: calls made at once overlap, a quorum waits only for the fastest copies, timeouts cut attempts off.',
    sections: [
      waterfallSection(figure, 'p99Ms', 'p99, step by step', 'p99', [{ label: 'Mean', value: figure.meanMs }]),
      waterfallSection(figure, 'p50Ms', 'p50, step by step', 'p50', [{ label: 'Mean', value: figure.meanMs }]),
      waterfallSection(figure, 'meanMs', 'Mean, step by step', 'Mean latency', [
        { label: 'p50', value: figure.p50Ms },
        { label: 'p99', value: figure.p99Ms },
      ]),
    ],
  };
}

/** How many of the weakest links the availability breakdown leads with. */
const weakestLinkCount = 5;

/** The elements whose failures cost the most downtime (Birnbaum importance over U), single points of failure marked by kind. */
function weakestLinks(report: Report, nameOf: (id: string) => string): BreakdownSection {
  const { availability } = report;
  const spofs = new Map(availability.singlePoints.map((point) => [point.id, point]));
  const terms = Object.entries(availability.importance)
    .sort((a, b) => b[1] - a[1])
    .slice(0, weakestLinkCount)
    .filter(([, delta]) => delta > 0)
    .map(([id, delta]) => {
      const spof = spofs.get(id);
      const share = downtimeShareText(delta / availability.unavailability, availability.unavailability);
      return { label: `${nameOf(id)}: ${share} of downtime${spof ? ` · single point of failure (${singlePointKindText(spof)})` : ''}`, value: delta, unit: 'unavailability', elementId: id };
    });
  return section('Weakest links: the downtime that goes if each never failed', terms, 'unavailability', { label: 'Unavailability', value: availability.unavailability }, { ranking: true });
}

function availabilityBreakdown(report: Report, nameOf: (id: string) => string): Breakdown {
  const { availability } = report;
  const populations = Object.entries(availability.byPopulation).map(([id, figure]) =>
    section(`Requests from ${nameOf(id)}`, figure.explain, 'unavailability', { label: 'Unavailability', value: figure.unavailability }),
  );
  return {
    title: 'Availability',
    note: 'Availability is computed as unavailability U, the probability that a request fails; nines = −log₁₀ U. First the weakest links: how much of U would go if each element never failed (these overlap, so they rank rather than add up). Then U split into its parts, which add up to it.',
    sections: [weakestLinks(report, nameOf), section('All requests', availability.explain, 'unavailability', { label: 'Unavailability', value: availability.unavailability }), ...populations],
  };
}

/**
 * The bill by region beside the same lines at us-east-1 prices (the engine's counterfactual), ending
 * with the regional premium: what moving the design's prices to us-east-1 would change.
 */
function costByRegion(cost: Report['cost']): BreakdownSection {
  const terms = Object.entries(cost.byRegion)
    .sort(([, a], [, b]) => b - a)
    .map(([regionId, usd]) => {
      const where = regionId === 'global' ? 'global services and explicit prices' : regionId.slice(regionId.indexOf(':') + 1);
      return { label: `${where} (at us-east-1 prices ${formatUsdExact(cost.usEast1ByRegion[regionId] ?? 0)})`, value: usd, unit: 'USD/month' };
    });
  return section('By region, against us-east-1 prices', terms, 'USD/month', { label: 'Monthly cost', value: cost.monthlyUsd }, {
    references: [
      { label: 'The same bill at us-east-1 prices', value: cost.usEast1MonthlyUsd },
      { label: `Regional premium: ${regionalPremiumText(cost)}`, value: cost.monthlyUsd - cost.usEast1MonthlyUsd },
    ],
  });
}

function costBreakdown(report: Report, nameOf: (id: string) => string, categoryName: (category: string) => string): Breakdown {
  const byCategory = report.cost.byCategory;
  const categories = [...new Set(report.cost.lineItems.map((item) => item.category))].sort((a, b) => (byCategory[b] ?? 0) - (byCategory[a] ?? 0));
  const sections = categories.map((category) => {
    const items = report.cost.lineItems.filter((item) => item.category === category);
    const terms = items.map(({ category: _category, ...term }) => (term.elementId ? { ...term, label: `${nameOf(term.elementId)}: ${term.label}` } : term));
    return section(categoryName(category), terms, 'USD/month', { label: categoryName(category), value: byCategory[category] ?? sumOf(terms) });
  });
  return {
    title: 'Cost per month',
    note: `Every line item the engine priced, by category, each in the region it runs in at that region's unit price (global services at their global price; "estimated": the data lists no price for that type there, so the us-east-1 price × the region's median ratio); together they make ${formatUsdExact(report.cost.monthlyUsd)} a month. By region, each region's lines beside the same lines at us-east-1 prices: what the regions add.`,
    sections: [
      section('By category', sections.map((s) => ({ label: s.title, value: s.sum, unit: 'USD/month' })), 'USD/month', { label: 'Monthly cost', value: report.cost.monthlyUsd }),
      costByRegion(report.cost),
      ...sections,
    ],
  };
}

function recoverySections(event: RecoveryEvent, describe: (event: RecoveryEvent) => string, targets: { rtoSeconds: number; rpoSeconds: number }): BreakdownSection[] {
  const what = describe(event);
  return [
    section(`${what}: RTO`, event.explain.rto, 's', { label: 'RTO', value: event.rtoSeconds }, { target: { label: 'RTO target', value: targets.rtoSeconds, met: event.rtoSeconds <= targets.rtoSeconds } }),
    section(`${what}: RPO`, event.explain.rpo, 's', { label: 'RPO', value: event.rpoSeconds }, { target: { label: 'RPO target', value: targets.rpoSeconds, met: event.rpoSeconds <= targets.rpoSeconds } }),
  ];
}

/** Names and targets the report does not carry: from the scenario. */
export interface BreakdownContext {
  nameOf: (id: string) => string;
  categoryName: (category: string) => string;
  describeEvent: (event: RecoveryEvent) => string;
  recoveryTargets: { rtoSeconds: number; rpoSeconds: number };
}

/** The terms behind one headline figure, as the engine reported them; null if the figure is gone. */
export function breakdownOf(report: Report, target: ExplainTarget, context: BreakdownContext): Breakdown | null {
  switch (target.figure) {
    case 'latency':
      return latencyBreakdown(report, target.populationId, context.nameOf);
    case 'availability':
      return availabilityBreakdown(report, context.nameOf);
    case 'cost':
      return costBreakdown(report, context.nameOf, context.categoryName);
    case 'p99Waterfall':
      return p99Waterfall(report, target.populationId, target.componentId, context.nameOf);
    case 'edgeTransfer':
      return edgeTransferBreakdown(report, target.edgeId, context.nameOf);
    case 'recovery': {
      const events = [...report.recovery.events].sort((a, b) => b.rtoSeconds - a.rtoSeconds || b.rpoSeconds - a.rpoSeconds);
      return {
        title: 'Recovery from each failure',
        note: 'For every failure the engine considers: the time until service returns (RTO) and the committed writes lost (RPO), term by term, against the scenario’s targets. Worst first.',
        sections: events.flatMap((event) => recoverySections(event, context.describeEvent, context.recoveryTargets)),
      };
    }
  }
}
