import type { CallEdge, Component } from '../../model';
import { routerFailoverTime } from './failoverTime';
import { callEdgeApplies } from './requestClass';
import type { ScenarioFaultTree } from './scenarioFaultTree';
import { componentDomainIds, databaseCopyCount, databaseCopyPlacementKey, failureDomainIds, isFleet, type ScenarioGraph } from './scenarioGraph';
import { populationTrafficShares, routerTrafficSplit } from './trafficShares';

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

/**
 * Failover unavailability (SPEC §1): each failure of a unit behind a router costs the router's
 * detection + switch seconds t of errors for the share of traffic the unit carried, so
 * ΔU = λ · t · share, with λ in failures per second (cloud-facts §4.2 for t; λ = 1/MTBF from the
 * unit's availability spec or the catalog's rates). Terms, per population and request class:
 *  • a fleet behind a router: each of its n instances fails at λ_i and carries 1/n of the fleet's
 *    share σ, so ΔU = n · λ_i · t · σ/n = λ_i · t · σ (needs n ≥ 2, else there is nothing to fail over to);
 *  • a router with ≥ 2 targets: the target's own unit (non-fleet) and each failure domain of the
 *    target that holds neither the router nor every other target: ΔU = λ · t · σ;
 *  • a primaryReplica or distributedSql database with ≥ 2 copies: its primary copy, and each domain
 *    holding the primary but not every copy: ΔU = λ · failoverSeconds · σ_db.
 * First order in λ · t (a second failure during a failover is ignored; t ≪ MTBF). A health check
 * sees only its target's own and domain failures, not its dependencies'.
 *
 * @param failuresPerHour per fault-tree variable: failures per hour of one unit (one instance of a fleet)
 */
export function failoverPenaltyTerms(graph: ScenarioGraph, structure: ScenarioFaultTree, failuresPerHour: Float64Array): FailoverTerm[] {
  const terms: FailoverTerm[] = [];
  const rateOfGroup = (id: string) => failuresPerHour[structure.groupVariable.get(id) ?? -1] ?? 0;
  const rateOfUnit = (id: string) => failuresPerHour[structure.componentVariables.get(id)?.[0] ?? -1] ?? 0;
  const clients = new Map(graph.scenario.clients.map((c) => [c.id, c]));

  structure.roots.forEach((root, rootIndex) => {
    const client = clients.get(root.populationId);
    if (!client) return;
    const shares = populationTrafficShares(graph, client, root.requestClass);
    const push = (share: number, perHour: number, seconds: number, elementId: string, failoverBy: string, label: string) => {
      const unavailability = (share * perHour * seconds) / secondsPerHour;
      if (unavailability > 0) terms.push({ rootIndex, unavailability, elementId, failoverBy, label });
    };
    for (const [componentId, share] of shares.component) {
      const component = graph.componentsById.get(componentId) as Component;
      if (component.kind === 'database') {
        if ((component.model === 'primaryReplica' || component.model === 'distributedSql') && databaseCopyCount(component) >= 2) {
          const seconds = component.failoverSeconds;
          push(share, rateOfUnit(componentId), seconds, componentId, componentId, `${component.name}: primary fails, ${seconds} s to promote a replica`);
          const copyDomains = Array.from({ length: databaseCopyCount(component) }, (_, k) => failureDomainIds(graph.placements.get(databaseCopyPlacementKey(componentId, k))));
          for (const domain of copyDomains[0] ?? []) {
            if (copyDomains.every((ids) => ids.includes(domain))) continue;
            push(share, rateOfGroup(domain), seconds, domain, componentId, `${domain} outage takes ${component.name}'s primary, ${seconds} s to promote a replica`);
          }
        }
        continue;
      }
      const time = routerFailoverTime(component);
      if (!time) continue;
      const targets = (graph.callsFrom.get(componentId) ?? []).filter((e) => callEdgeApplies(e, root.requestClass));
      const split = routerTrafficSplit(graph, component, targets, client);
      const routerDomains = new Set(componentDomainIds(graph, component));
      const targetDomains = targets.map((e) => {
        const target = graph.componentsById.get(e.to);
        return target ? componentDomainIds(graph, target) : [];
      });
      targets.forEach((edge: CallEdge, i) => {
        const target = graph.componentsById.get(edge.to);
        const sigma = share * (split[i] as number);
        if (!target || sigma <= 0) return;
        const by = `${component.name} → ${target.name}`;
        const fleetFailsOver = isFleet(target) && target.instances >= 2;
        if (fleetFailsOver || targets.length >= 2) {
          const what = fleetFailsOver ? 'instance failures' : 'target fails';
          push(sigma, rateOfUnit(target.id), time.seconds, target.id, componentId, `${by}: ${what}, ${time.seconds} s to fail over`);
        }
        if (targets.length < 2) return;
        for (const domain of targetDomains[i] ?? []) {
          if (routerDomains.has(domain) || targetDomains.every((ids) => ids.includes(domain))) continue;
          push(sigma, rateOfGroup(domain), time.seconds, domain, componentId, `${by}: ${domain} outage, ${time.seconds} s to fail over`);
        }
      });
    }
  });
  return terms;
}
