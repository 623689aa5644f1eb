/** How close to saturation a component runs, as the canvas and the dashboard colour it. */
export type LoadLevel = 'ok' | 'busy' | 'hot' | 'saturated';

/**
 * Queueing delay grows as 1 / (1 − ρ): it is mild below 60 %, doubles the service time by 70–80 %
 * and explodes past 85 %; at 100 % no steady state exists.
 */
export function loadLevel(utilization: number): LoadLevel {
  if (utilization >= 1) return 'saturated';
  if (utilization >= 0.85) return 'hot';
  if (utilization >= 0.6) return 'busy';
  return 'ok';
}

export const loadLevelColours: Record<LoadLevel, string> = {
  ok: 'var(--load-ok)',
  busy: 'var(--load-busy)',
  hot: 'var(--load-hot)',
  saturated: 'var(--load-saturated)',
};
