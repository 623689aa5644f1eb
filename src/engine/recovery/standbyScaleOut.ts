import type { Component, Scenario } from '../../model';
import type { AvailabilityParameters } from '../availability/availabilityParameters';
import type { ExplainTerm } from '../report';

type Fleet = Extract<Component, { kind: 'compute' | 'monolith' }>;
const isFleet = (component: Component | undefined): component is Fleet => component?.kind === 'compute' || component?.kind === 'monolith';

/** Requests per second a fleet serves before it saturates: instances × concurrency ÷ service time. */
const fleetCapacityPerSecond = (fleet: Fleet, instances: number) => (instances * fleet.concurrency * 1000) / fleet.serviceTimeMs;

/**
 * The standby fleets a failover hands traffic to: fleets reached from the `rerouting` routers through
 * router calls that carried nothing while everything was up (`carried` holds `router * n + target`),
 * outside what is `lost`. `targetsOf` lists each router's targets.
 */
function standbyFleets(rerouting: readonly number[], lost: ReadonlySet<number>, targetsOf: ReadonlyArray<readonly number[]>, carried: ReadonlySet<number>, components: readonly Component[]): number[] {
  const n = components.length;
  const seen = new Set<number>();
  const stack = rerouting.flatMap((r) => (targetsOf[r] ?? []).filter((t) => !lost.has(t) && !carried.has(r * n + t)));
  const fleets: number[] = [];
  while (stack.length > 0) {
    const c = stack.pop() as number;
    if (seen.has(c)) continue;
    seen.add(c);
    if (isFleet(components[c])) fleets.push(c);
    else for (const t of targetsOf[c] ?? []) if (!lost.has(t) && !carried.has(c * n + t)) stack.push(t);
  }
  return fleets;
}

/**
 * When a survived loss fails over onto a standby fleet too small for the traffic it takes over, service is
 * back only once the standby has scaled out (SPEC §2.6: a failover onto a standby that saturates is no
 * recovery): the term adding its autoscaling `scaleUpSeconds`, or null when every standby can carry it.
 * The traffic taken over is the workload's requests/s × the share of requests that reached the lost fleets
 * (per root, the sum of their shares capped at 1, weighted by the root's share of requests); a standby saturates when
 * that is at least instances × concurrency ÷ service time. A standby that cannot scale out far enough
 * (no autoscaling, or too low a maximum) is reported as such, with no time: it does not recover by itself.
 */
export function standbyScaleOutTerm(
  scenario: Scenario,
  parameters: AvailabilityParameters,
  lost: ReadonlySet<number>,
  rerouting: readonly number[],
  targetsOf: ReadonlyArray<readonly number[]>,
  carried: ReadonlySet<number>,
): ExplainTerm | { saturated: Fleet } | null {
  const { components } = scenario;
  const standbys = standbyFleets(rerouting, lost, targetsOf, carried, components);
  if (standbys.length === 0) return null;
  const lostFleets = [...lost].filter((c) => isFleet(components[c]));
  let share = 0;
  parameters.rootShares.forEach((shares, r) => {
    share += (parameters.rootWeights[r] as number) * Math.min(1, lostFleets.reduce((sum, c) => sum + (shares.component[c] as number), 0));
  });
  const takenOverPerSecond = scenario.workload.requestsPerSecond * share;
  let slowest: ExplainTerm | null = null;
  for (const c of standbys) {
    const fleet = components[c] as Fleet;
    if (fleetCapacityPerSecond(fleet, fleet.instances) > takenOverPerSecond) continue;
    const { autoscaling } = fleet;
    if (!autoscaling.enabled || fleetCapacityPerSecond(fleet, autoscaling.max) <= takenOverPerSecond) return { saturated: fleet };
    if (!slowest || autoscaling.scaleUpSeconds > slowest.value) {
      slowest = {
        label: `${fleet.name}: a standby of ${fleet.instances} takes ${Math.round(takenOverPerSecond)} req/s, more than it serves, and scales out (${autoscaling.scaleUpSeconds} s)`,
        value: autoscaling.scaleUpSeconds,
        unit: 's',
        elementId: fleet.id,
      };
    }
  }
  return slowest;
}
