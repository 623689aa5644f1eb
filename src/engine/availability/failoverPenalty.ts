import type { Component, Scenario } from '../../model';
import type { FailureVariable } from './faultTree';
import { failoverTimesOf } from './failoverTime';
import { isFleet } from './scenarioGraph';
import { readDerived } from '../readRecord';
import type { TrafficPlan } from './trafficPlan';
import type { TrafficShares } from './trafficShares';
import { failoverRouterKindSet } from '../compile/callPlans';

/** One addition to a root's unavailability for the errors served while a failover happens. */
export interface FailoverTerm {
  /** Index into the compiled roots (population × request class). */
  rootIndex: number;
  /** ΔU, dimensionless (fraction of the root's requests). */
  unavailability: number;
  /** What fails (component or group id): making it perfect removes this term. */
  elementId: string;
  /** The router or database whose failover costs the time. */
  failoverBy: string;
  label: string;
}

const secondsPerHour = 3600;

/** Whether a router's target is a fleet with an instance to fail over to: read as this one value, not as the instance count. */
const fleetFailsOverInstances = (target: Component) => isFleet(target) && target.instances >= 2;

/**
 * Failover unavailability (SPEC §1): each failure of a unit behind a router costs the router's
 * detection + switch seconds t of errors for the share of traffic the unit carried, so
 * ΔU = λ · t · share, with λ in failures per second (docs/sources.md §4.2 for t; λ = 1/MTBF from the
 * unit's availability spec or the catalog's rates). Terms, per population and request class:
 *  • a fleet behind a router: each of its n instances fails at λ_i and carries 1/n of the fleet's
 *    share σ, so ΔU = n · λ_i · t · σ/n = λ_i · t · σ (needs n ≥ 2, else there is nothing to fail over to);
 *  • a router with ≥ 2 targets: the target's own unit (non-fleet) and each failure domain whose
 *    outage the router's health check of the target sees (the target's own; for a load balancer
 *    target, also one holding all of its targets: it then answers 503) that holds neither the router
 *    nor every other target: ΔU = λ · t · σ;
 *  • a primaryReplica or distributedSql database with ≥ 2 copies: its primary copy, and each domain
 *    holding the primary but not every copy: ΔU = λ · failoverSeconds · σ_db.
 * First order in λ · t (a second failure during a failover is ignored; t ≪ MTBF). A health check
 * sees only its target's own and domain failures, not its dependencies'. Which units and domains
 * count is compiled into `plan`; per edit this is one traffic walk per root plus the terms.
 *
 * @param failuresPerHour per fault-tree variable: failures per hour of one unit (one instance of a fleet)
 * @param rootShares per root of `plan`: where its requests go while everything is up (`rootTrafficShares`)
 */
export function failoverPenaltyTerms(plan: TrafficPlan, variables: readonly FailureVariable[], scenario: Scenario, failuresPerHour: Float64Array, rootShares: readonly TrafficShares[]): FailoverTerm[] {
  const terms: FailoverTerm[] = [];
  const { unitVariable, primaryFailsOver, primaryDomainStart, primaryDomainVariables } = plan;
  const timeOf = failoverTimesOf(scenario.components);
  const deltaU = (share: number, variable: number, seconds: number) => (share * (failuresPerHour[variable] ?? 0) * seconds) / secondsPerHour;
  const elementOf = (variable: number) => variables[variable]?.elementId ?? '';
  plan.roots.forEach((root, rootIndex) => {
    const shares = rootShares[rootIndex] as TrafficShares;
    const { outStart, slotTo, slotDomainStart, slotDomainVariables } = root.calls;
    for (const c of shares.reached) {
      const component = scenario.components[c] as Component;
      const share = shares.component[c] as number;
      if (component.kind === 'database') {
        if (primaryFailsOver[c] === 0) continue;
        const seconds = component.failoverSeconds;
        const primary = unitVariable[c] as number;
        const u = deltaU(share, primary, seconds);
        if (u > 0) terms.push({ rootIndex, unavailability: u, elementId: component.id, failoverBy: component.id, label: `${component.name}: primary fails, ${seconds} s to promote a replica` });
        for (let k = primaryDomainStart[c] as number; k < (primaryDomainStart[c + 1] as number); k += 1) {
          const domain = primaryDomainVariables[k] as number;
          const du = deltaU(share, domain, seconds);
          if (du > 0) terms.push({ rootIndex, unavailability: du, elementId: elementOf(domain), failoverBy: component.id, label: `${elementOf(domain)} outage takes ${component.name}'s primary, ${seconds} s to promote a replica` });
        }
        continue;
      }
      if (!failoverRouterKindSet.has(component.kind)) continue;
      const time = timeOf(c);
      if (!time) continue;
      const start = outStart[c] as number;
      const end = outStart[c + 1] as number;
      for (let s = start; s < end; s += 1) {
        const sigma = shares.slot[s] as number;
        if (sigma <= 0) continue;
        const target = scenario.components[slotTo[s] as number] as Component;
        const fleetFailsOver = readDerived(target, fleetFailsOverInstances);
        if (fleetFailsOver || end - start >= 2) {
          const u = deltaU(sigma, unitVariable[slotTo[s] as number] as number, time.seconds);
          const what = fleetFailsOver ? 'instance failures' : 'target fails';
          if (u > 0) terms.push({ rootIndex, unavailability: u, elementId: target.id, failoverBy: component.id, label: `${component.name} → ${target.name}: ${what}, ${time.seconds} s to fail over` });
        }
        for (let k = slotDomainStart[s] as number; k < (slotDomainStart[s + 1] as number); k += 1) {
          const domain = slotDomainVariables[k] as number;
          const du = deltaU(sigma, domain, time.seconds);
          if (du > 0) terms.push({ rootIndex, unavailability: du, elementId: elementOf(domain), failoverBy: component.id, label: `${component.name} → ${target.name}: ${elementOf(domain)} outage, ${time.seconds} s to fail over` });
        }
      }
    }
  });
  return terms;
}
