import type { ExplainTerm } from '../../../engine';

/** A list of the engine's terms, their sum, and the figure they add up to. */
export interface BreakdownSection {
  title: string;
  terms: ExplainTerm[];
  /** Unit of the terms, the sum and the headline. */
  unit: string;
  sum: number;
  headline: { label: string; value: number };
  /** Other figures of the same measure, shown beside the headline for scale (p50, p99). */
  references?: Array<{ label: string; value: number }>;
  /** Pass/fail against a target, where the scenario sets one. */
  target?: { label: string; value: number; met: boolean };
  /** Draw each term as a bar starting where the previous one ended (a waterfall of the headline). */
  waterfall?: boolean;
  /** Element whose term is emphasised (the node the breakdown was opened from). */
  highlight?: string;
  /** The terms rank the headline's causes and overlap (they are not parts of it): no sum is shown. */
  ranking?: boolean;
}

export interface Breakdown {
  title: string;
  /** What the terms are and what they leave out. */
  note: string;
  sections: BreakdownSection[];
}

export const sumOf = (terms: readonly ExplainTerm[]) => terms.reduce((total, term) => total + term.value, 0);

/** A section of `terms` adding up to `headline`. */
export function section(title: string, terms: ExplainTerm[], unit: string, headline: BreakdownSection['headline'], extra: Pick<BreakdownSection, 'references' | 'target' | 'waterfall' | 'highlight' | 'ranking'> = {}): BreakdownSection {
  return { title, terms, unit, sum: sumOf(terms), headline, ...extra };
}
