import type { ExplainTarget } from '../../store';
import type { DocPage } from './methodPages';

/** The method page that says how each explained figure is computed. */
export const methodOfFigure: Record<ExplainTarget['figure'], DocPage> = {
  latency: 'latency',
  p99Waterfall: 'latency',
  availability: 'availability',
  recovery: 'recovery',
  cost: 'cost',
  edgeTransfer: 'cost',
};
