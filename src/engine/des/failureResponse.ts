import type { DatabaseComponent } from '../../model';
import { routerFailoverTime } from '../availability/failoverTime';
import { failoverRouterKindSet, routerKindSet } from '../compile/callPlans';
import { edgeKindCall, type CompiledModel } from '../compile/compiledModel';
import type { DatabaseCalls } from './databaseCalls';
import type { HealthState } from './healthState';
import type { Router } from './routing';
import type { Scheduler } from './scheduler';
import type { ComponentSimulationState } from './simulationTypes';
import type { UnitStations } from './unitStations';

/**
 * How a design notices and routes around failures (SPEC §1 "Failover is not free"), after every change
 * of the health state:
 * - a router stops sending to a failed target (and takes a repaired one back) after its detection +
 *   switch time, the analytic `routerFailoverTime`: health-check interval × failure threshold (+ TTL for
 *   DNS), or a global LB's failover seconds; a CDN's next origin is tried at once. A target that is
 *   itself a failover router fails its health check while none of its own targets is up (an ALB
 *   without a healthy target answers 503, so DNS moves away from it);
 * - a fleet's callers stop picking a dead instance after the detection time of the routers in front of
 *   the fleet (none in front: at once);
 * - a dead unit loses the jobs queued at it or in service;
 * - a database whose primary dies refuses writes (and primary reads) until a copy that is up is promoted,
 *   `failoverSeconds` later (primaryReplica, distributedSql with ≥ 2 copies), or until the primary is
 *   repaired (which calls the promotion off); its acknowledged but unreplicated writes are lost (asynchronous replication).
 */
export class FailureResponse {
  private readonly routeEdgeDetectionMs: Float64Array;
  private readonly fleetDetectionMs: Float64Array;
  private readonly wasUp: Uint8Array;
  private readonly promoting: Uint8Array;
  /** Bumped when a primary comes back before its replacement is promoted: that promotion is called off. */
  private readonly promotion: Uint32Array;
  writesLost = 0;

  constructor(
    private readonly model: CompiledModel,
    private readonly health: HealthState,
    private readonly router: Router,
    private readonly unitBelievedUp: Uint8Array,
    private readonly stations: UnitStations,
    private readonly databases: DatabaseCalls,
    private readonly scheduler: Scheduler,
  ) {
    const { topology: t, scenario } = model;
    this.routeEdgeDetectionMs = new Float64Array(t.edgeIds.length).fill(Number.NaN);
    this.fleetDetectionMs = new Float64Array(t.componentIds.length);
    t.edgeIds.forEach((_, e) => {
      const from = t.edgeFrom[e] as number;
      if (from < 0 || t.edgeKind[e] !== edgeKindCall || !routerKindSet.has(t.kinds[from] ?? 'compute')) return;
      const ms = (routerFailoverTime(scenario.components[from]!)?.seconds ?? 0) * 1000;
      this.routeEdgeDetectionMs[e] = ms;
      const to = t.edgeTo[e] as number;
      this.fleetDetectionMs[to] = Math.max(this.fleetDetectionMs[to] as number, ms);
    });
    this.wasUp = health.unitUp.slice();
    this.promoting = new Uint8Array(t.componentIds.length);
    this.promotion = new Uint32Array(t.componentIds.length);
  }

  /** Reacts to a change of the health state (a failure or a repair just applied). */
  changed(): void {
    const { health, scheduler } = this;
    const t = this.model.topology;
    for (let u = 0; u < health.unitUp.length; u += 1) {
      if (this.wasUp[u] === 1 && health.unitUp[u] === 0) this.stations.fail(u);
      if (this.unitBelievedUp[u] !== health.unitUp[u]) {
        scheduler.after(this.fleetDetectionMs[health.unitComponent[u] as number] as number, () => (this.unitBelievedUp[u] = health.unitUp[u] as number));
      }
    }
    this.routeEdgeDetectionMs.forEach((ms, e) => {
      if (Number.isNaN(ms)) return;
      const target = t.edgeTo[e] as number;
      if ((this.router.believedUp[e] === 1) !== this.passesHealthCheck(target)) scheduler.after(ms, () => this.router.believe(e, this.passesHealthCheck(target)));
    });
    t.kinds.forEach((kind, db) => {
      if (kind === 'database') this.checkPrimary(db, this.model.scenario.components[db] as DatabaseComponent);
    });
    this.wasUp.set(health.unitUp);
  }

  /** What a router's health check of component c sees: c up and, for a failover router, one of its targets passing (depth-first, call cycles cut). */
  private passesHealthCheck(c: number, visiting: Set<number> = new Set()): boolean {
    const t = this.model.topology;
    if (!this.health.componentUp(c)) return false;
    // A CDN still serves its cache: only failover routers answer by their targets' health.
    if (!failoverRouterKindSet.has(t.kinds[c] ?? 'compute') || visiting.has(c)) return true;
    visiting.add(c);
    let targets = 0;
    let passing = false;
    for (let j = t.outStart[c] as number; j < (t.outStart[c + 1] as number) && !passing; j += 1) {
      const e = t.outEdges[j] as number;
      if (t.cyclic[e] === 1) continue;
      targets += 1;
      passing = this.passesHealthCheck(t.edgeTo[e] as number, visiting);
    }
    visiting.delete(c);
    return passing || targets === 0;
  }

  private checkPrimary(db: number, component: DatabaseComponent): void {
    const { health } = this;
    if (component.model === 'leaderless') return;
    const start = health.unitStart[db] as number;
    const primaryUp = health.unitUp[start + (health.primaryCopy[db] as number)] === 1;
    if (health.primaryAvailable[db] === 1) {
      if (primaryUp) return;
      health.primaryAvailable[db] = 0;
      this.writesLost += this.databases.writesAtRisk(db);
    } else if (primaryUp) {
      health.primaryAvailable[db] = 1;
      this.promoting[db] = 0;
      this.promotion[db]! += 1;
      return;
    }
    const copies = (health.unitStart[db + 1] as number) - start;
    if (copies < 2 || this.promoting[db] === 1 || component.model === 'single') return;
    this.promoting[db] = 1;
    const promotion = this.promotion[db];
    this.scheduler.after(component.failoverSeconds * 1000, () => {
      if (this.promotion[db] !== promotion) return;
      this.promoting[db] = 0;
      for (let j = 0; j < copies; j += 1) {
        if (health.unitUp[start + j] !== 1) continue;
        health.primaryCopy[db] = j;
        health.primaryAvailable[db] = 1;
        return;
      }
    });
  }

  /** What component c is doing now, beyond serving: down, failing over (a router still sending to a dead target, a primary being replaced), degraded; null when none. */
  stateOf(c: number): ComponentSimulationState | null {
    const { health } = this;
    const t = this.model.topology;
    if (!health.componentUp(c)) return this.promoting[c] === 1 ? 'failingOver' : 'down';
    for (let i = t.outStart[c] as number; i < (t.outStart[c + 1] as number); i += 1) {
      const e = t.outEdges[i] as number;
      if (!Number.isNaN(this.routeEdgeDetectionMs[e]) && this.router.believedUp[e] === 1 && !health.componentUp(t.edgeTo[e] as number)) return 'failingOver';
    }
    const start = health.unitStart[c] as number;
    const active = t.kinds[c] === 'database' ? (health.unitStart[c + 1] as number) - start : (health.activeUnits[c] as number);
    return health.upUnits(c) < active ? 'degraded' : null;
  }
}
