import type { SweepKind } from '../../engine';

/** What a design's sweep varied, as the worker reported it: `xLabel` names the component ("copies of Orders DB"). */
export interface SweptDesign {
  name: string;
  xLabel: string;
  /** True when the design had nothing to sweep (no database, no cache, no region). */
  nothing: boolean;
}

/** The x axis of each sweep, named the same for every design. */
export const sweepAxisNames: Record<SweepKind, string> = { load: 'offered load', regions: 'number of regions', replicas: 'database copies', hitRatio: 'cache hit ratio' };

const whatVaries: Record<SweepKind, string> = {
  load: 'Varies the load offered to every design, from 0 to the same top for all; each p99 curve ends where its design saturates.',
  regions: 'Repeats each design’s serving region in 1 to 4 regions of its provider; databases stay where they are and are shared.',
  replicas: 'Varies the copies (1 to 5) of each design’s first database, each extra copy in another zone or region:',
  hitRatio: 'Varies the hit ratio (0 to 100 %) of each design’s first cache, or its CDN:',
};

/** The part of "copies of Orders DB" after "of": the component each design's sweep turned. */
const sweptComponent = (xLabel: string) => xLabel.replace(/^.*? of /, '');

/**
 * A sentence under the sweep buttons that says what the sweep varies, and for replicas and hit
 * ratio which component of each design (two designs rarely have the same database).
 */
export function sweepCaption(kind: SweepKind, designs: readonly SweptDesign[]): string {
  const perDesign = kind === 'replicas' || kind === 'hitRatio' ? designs.filter((d) => !d.nothing && d.xLabel !== '').map((d) => `${sweptComponent(d.xLabel)} in ${d.name}`) : [];
  const nothing = designs.filter((d) => d.nothing).map((d) => d.name);
  const parts = [perDesign.length > 0 ? `${whatVaries[kind]} ${perDesign.join('; ')}.` : whatVaries[kind].replace(/:$/, '.')];
  if (nothing.length > 0) parts.push(`Nothing to vary in ${nothing.join(', ')}.`);
  return parts.join(' ');
}
