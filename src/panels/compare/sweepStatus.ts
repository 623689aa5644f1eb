import { sweepValueCount } from '../../engine';
import type { SweepRun } from '../../store';

/** A compared design as the status names it: its tab and its name. */
export interface SweptDesign {
  tabId: string;
  name: string;
}

/** One design's part of a running sweep: its points so far out of its curve's, waiting until its first arrive, or how it ended. */
function designProgress(run: SweepRun, { tabId, name }: SweptDesign): string {
  const curve = run.curves[tabId];
  const outcome = curve?.outcome;
  if (outcome?.kind === 'nothingToSweep') return `${name}: nothing to sweep`;
  if (outcome?.kind === 'failed') return `${name}: ${outcome.message}`;
  if (outcome?.kind === 'done') return `${name}: done`;
  if (!curve || curve.points.length === 0) return `${name}: waiting`;
  return `${name}: ${curve.points.length} of ${sweepValueCount(run.kind, run.pointsAsked)} points`;
}

/**
 * What a sweep is doing, in words. While it runs, each design's progress, so that a design whose curve
 * has not started yet reads as waiting rather than as missing ("Edge + serverless: 24 of 40 points ·
 * Monolith: waiting"); once it ends, done or cancelled, with what a design could not sweep and why.
 */
export function sweepStatusText(run: SweepRun, designs: readonly SweptDesign[]): string {
  if (run.status === 'running') return designs.map((design) => designProgress(run, design)).join(' · ');
  const notes = designs.flatMap((design) => {
    const kind = run.curves[design.tabId]?.outcome?.kind;
    return kind === 'nothingToSweep' || kind === 'failed' ? [designProgress(run, design)] : [];
  });
  return [run.status === 'cancelled' ? 'cancelled' : 'done', ...notes].join(' · ');
}
