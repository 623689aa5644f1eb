/** Which figure the explain dialog breaks down. */
export type ExplainTarget =
  | { figure: 'latency'; populationId: string }
  | { figure: 'availability' }
  | { figure: 'cost' }
  | { figure: 'recovery' }
  /** The p99 of a population as a waterfall of what each component adds, from a node's p99 badge. */
  | { figure: 'p99Waterfall'; populationId: string; componentId: string }
  /** The data-transfer line items of one edge. */
  | { figure: 'edgeTransfer'; edgeId: string };
