/**
 * The report contract of SPEC §4: what `meridian evaluate --json` prints and what the UI shows.
 * Every section may carry `explain` terms so that each figure can be broken down on screen.
 */

/** One additive term of a figure: "network eu-west-2 → eu-west-1: 14 ms". */
export interface ExplainTerm {
  label: string;
  value: number;
  unit: string;
  /** Component, group, edge or client id the term belongs to, when it belongs to one. */
  elementId?: string;
}

/**
 * One row of a population's latency waterfall (`latencyWaterfall`): a step of its path as the request
 * meets it, or a router's alternatives ("App a or App b, 50/50"), with its expected time and its share
 * of the p50 and p99. Each column adds up to the population's figure.
 */
export interface LatencyStep {
  label: string;
  /** The component, edge or database the step belongs to (the first of a router's alternatives). */
  elementId?: string;
  /** `overlap`: what the steps' times do not add up to by themselves (parallel calls, quorums, timeouts, discretisation). */
  kind: 'component' | 'network' | 'handshake' | 'overlap' | 'other';
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LatencySummary {
  /** False for a population that sends requests nowhere (no entry point): its figures are then 0, not latencies. Set on populations. */
  connected?: boolean;
  /** Percentiles and mean, ms; `Infinity` (JSON null) when `saturated`: no finite latency exists. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Points of the cumulative distribution, ascending in ms: [ms, probability ≤ ms]. */
  cdf: Array<[number, number]>;
  /** True when some component on the path is saturated: the figures above are then not finite latencies. */
  saturated: boolean;
  /** Offered load of the whole design (requests/s) at which this population's path saturates. */
  saturatesAtRequestsPerSecond: number;
  explain: ExplainTerm[];
  /**
   * The p99 split into what each component adds (queueing + service over its calls) and one term for
   * the network, in ms, summing to `p99Ms` (`p99Contributions`); empty when saturated and for `overall`.
   */
  p99Breakdown: ExplainTerm[];
  /** The path as a request meets it, step by step, adding up to the mean, p50 and p99; empty when saturated and for `overall`. */
  waterfall: LatencyStep[];
}

export interface LatencyReport {
  overall: LatencySummary;
  byPopulation: Record<string, LatencySummary>;
}

export interface CapacityReport {
  maxRequestsPerSecond: number;
  bottleneck: string | null;
  utilization: Record<string, number>;
  saturated: boolean;
  /** Requests per second offered to each component at average load. */
  loadRequestsPerSecond: Record<string, number>;
  /** Instances needed at the autoscaling target utilization, at average load and at peak. */
  instancesNeeded: Record<string, { average: number; peak: number }>;
}

export interface AvailabilityFigure {
  /**
   * False for a population that sends requests nowhere (no entry point): its U = 1 says nothing about
   * a design, so people are shown "not connected" instead. Set on populations; absent on the overall figure.
   */
  connected?: boolean;
  availability: number;
  /** Computed directly, never as 1 − availability, so that 1e-12 is exact. */
  unavailability: number;
  nines: number;
  downtimeMinutesPerMonth: number;
  downtimeMinutesPerYear: number;
  explain: ExplainTerm[];
}

/**
 * What kind of thing a single point of failure is: one box (a lone instance, node or database copy,
 * or a fleet that needs every instance), a managed service that fails as a whole (a load balancer,
 * DNS, a CDN, a queue… with its provider's SLA), or the one zone, region or provider a design sits in.
 */
export type SinglePointKind = 'box' | 'managedService' | 'zone' | 'region' | 'provider';

export interface SinglePoint {
  id: string;
  kind: SinglePointKind;
  /** The element's own unavailability (for a managed service, 1 − its SLA or catalog figure). */
  unavailability: number;
  /** Its share of the design's downtime: importance / U (0 when U = 0). */
  shareOfDowntime: number;
}

export interface AvailabilityReport extends AvailabilityFigure {
  byPopulation: Record<string, AvailabilityFigure>;
  singlePointsOfFailure: string[];
  /** The single points of failure with their kind, largest share of downtime first. */
  singlePoints: SinglePoint[];
  /** Birnbaum importance: how much U falls if this component were perfect. */
  importance: Record<string, number>;
}

export interface RecoveryEvent {
  id: string;
  kind: 'instance' | 'zone' | 'region' | 'provider' | 'databasePrimary' | 'corruption';
  target: string;
  survived: boolean;
  rtoSeconds: number;
  rpoSeconds: number;
  meetsTargets: boolean;
  /** The element (component, or failure domain) that sets the RTO: the router or database whose failover takes longest, the lost component nothing else can serve for, or the database restored. */
  rtoCauseId: string;
  /** The element that sets the RPO: the database whose lag or backups bound the loss, else the event's target. */
  rpoCauseId: string;
  explain: { rto: ExplainTerm[]; rpo: ExplainTerm[] };
}

/** The classes of failure recovery is summarised by (SPEC §2.4): a database primary's loss is an instance loss. */
export type FailureClass = 'instance' | 'zone' | 'region' | 'provider' | 'corruption';

/** A recovery figure of a class: its worst value, the event that sets it and the element that causes it. */
export interface ClassRecoveryFigure {
  seconds: number;
  eventId: string;
  causeId: string;
}

/** Recovery from one class of failure: the worst RTO and RPO among its events. */
export interface ClassRecovery {
  rto: ClassRecoveryFigure;
  rpo: ClassRecoveryFigure;
  /** Events of the class, and how many of them redundancy absorbs. */
  events: number;
  survived: number;
  /** Every event of the class meets the scenario's targets. */
  meetsTargets: boolean;
  /**
   * Why the design cannot survive this class by construction (one provider holds the whole design, so no
   * DR strategy inside it addresses the provider's loss), or null for a class a DR strategy addresses.
   */
  beyondDesign: string | null;
}

export interface RecoveryReport {
  events: RecoveryEvent[];
  worstRtoSeconds: number;
  worstRpoSeconds: number;
  /** Per failure class that has events, its worst recovery (SPEC §4 `recovery.byClass`). */
  byClass: Partial<Record<FailureClass, ClassRecovery>>;
}

export interface CostReport {
  monthlyUsd: number;
  perMillionRequestsUsd: number;
  byComponent: Record<string, number>;
  byCategory: Record<string, number>;
  /** USD/month by the catalog id of the region each line is priced in (`aws:eu-west-1`); `global` for global services and explicit prices. */
  byRegion: Record<string, number>;
  /**
   * The same lines (the same quantities) at us-east-1's unit prices, USD/month: what the bill would be
   * were every region priced as us-east-1 is (docs/method/cost.md), to show what the regions add.
   */
  usEast1MonthlyUsd: number;
  /** `usEast1MonthlyUsd` split as `byRegion` is: each region's lines at us-east-1's unit prices. */
  usEast1ByRegion: Record<string, number>;
  /** What the regions add to the bill: monthlyUsd / usEast1MonthlyUsd − 1 (0.101 = 10.1 % more); 0 for a bill of $0. */
  regionalPremium: number;
  /**
   * Every priced line. `regionId`: where it is priced (absent: global); `estimated`: its unit price is
   * the us-east-1 price × the region's median ratio (docs/sources.md §3.6), not a listed price;
   * `usEast1StandIn`: the data has no price for the region at all, so the us-east-1 price stands in.
   */
  lineItems: Array<ExplainTerm & { category: string; regionId?: string; estimated?: boolean; usEast1StandIn?: boolean }>;
  /** Data transfer each edge causes, by edge id: Internet egress, cross-zone and inter-region items, USD/month. */
  transferByEdge: Record<string, ExplainTerm[]>;
}

export interface TradeoffRow {
  concern: 'scalability' | 'reliability' | 'performance' | 'cost' | 'operationalComplexity' | 'security' | 'consistency';
  /** Named figures of the row, e.g. { maxRequestsPerSecond: 1200, headroom: 3 }. */
  values: Record<string, number | string>;
  summary: string;
}

export interface ReportWarning {
  code: string;
  message: string;
  elementId?: string;
}

export interface Report {
  scenario: { id: string; name: string };
  latency: LatencyReport;
  capacity: CapacityReport;
  availability: AvailabilityReport;
  recovery: RecoveryReport;
  cost: CostReport;
  tradeoffs: { rows: TradeoffRow[] };
  warnings: ReportWarning[];
}
