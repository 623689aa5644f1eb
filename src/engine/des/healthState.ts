import type { CompiledModel } from '../compile/compiledModel';
import type { Site } from '../network/site';
import type { ResolvedFailureTarget } from './failureTimeline';

/**
 * What is up during a simulation. Every component has units: a fleet's instances (up to its autoscaling
 * maximum), a cache's nodes, a database's copies, or one unit for anything else. A unit is down while it,
 * its component, or a failure domain holding it (zone, region, provider) is failed; failures are counted,
 * so overlapping injections nest. `unitUp` is recomputed after every change (changes are rare).
 */
export class HealthState {
  /** Units of component c: `unitStart[c] … unitStart[c + 1]`. */
  readonly unitStart: Int32Array;
  readonly unitComponent: Int32Array;
  readonly unitUp: Uint8Array;
  /** Units a fleet runs now (autoscaling changes it); the first `activeUnits[c]` are in service. */
  readonly activeUnits: Int32Array;
  /** Database primary copy (unit offset within the database) and whether it is taking writes. */
  readonly primaryCopy: Int32Array;
  readonly primaryAvailable: Uint8Array;
  private readonly unitDomains: Int32Array[];
  private readonly groupFailed: Int32Array;
  private readonly componentFailed: Int32Array;
  private readonly unitFailed: Int32Array;
  private readonly minHealthy: Int32Array;

  constructor(
    private readonly model: CompiledModel,
    unitsOf: (component: number) => number,
    initialActive: (component: number) => number,
  ) {
    const { topology: t, scenario } = model;
    const n = t.componentIds.length;
    this.unitStart = new Int32Array(n + 1);
    for (let c = 0; c < n; c += 1) this.unitStart[c + 1] = (this.unitStart[c] as number) + unitsOf(c);
    const units = this.unitStart[n] as number;
    this.unitComponent = new Int32Array(units);
    this.unitUp = new Uint8Array(units).fill(1);
    this.unitFailed = new Int32Array(units);
    this.activeUnits = Int32Array.from({ length: n }, (_, c) => initialActive(c));
    this.primaryCopy = new Int32Array(n);
    this.primaryAvailable = new Uint8Array(n).fill(1);
    this.groupFailed = new Int32Array(scenario.groups.length);
    this.componentFailed = new Int32Array(n);
    this.minHealthy = Int32Array.from(scenario.components, (c) => (c.kind === 'compute' || c.kind === 'monolith' ? c.minHealthy : 1));
    const groupIndex = new Map(scenario.groups.map((g, i) => [g.id, i]));
    const parentOf = (g: number) => groupIndex.get(scenario.groups[g]?.parentId ?? '') ?? -1;
    const domainsOf = (site: Site | null | undefined): Int32Array => {
      if (!site) return new Int32Array(0);
      const chain = [site.zoneGroupIndex, site.regionGroupIndex];
      if (site.regionGroupIndex >= 0) chain.push(parentOf(site.regionGroupIndex));
      return Int32Array.from(chain.filter((g) => g >= 0));
    };
    this.unitDomains = [];
    for (let c = 0; c < n; c += 1) {
      for (let u = this.unitStart[c] as number, j = 0; u < (this.unitStart[c + 1] as number); u += 1, j += 1) {
        this.unitComponent[u] = c;
        const copySite = t.kinds[c] === 'database' ? t.copySites[(t.copyStart[c] as number) + j] : t.sites[c];
        this.unitDomains.push(domainsOf(copySite));
      }
    }
  }

  /** The unit a target names now (a database primary: the copy that is primary at this moment). */
  concreteTarget(target: ResolvedFailureTarget): Exclude<ResolvedFailureTarget, { kind: 'databasePrimary' }> {
    return target.kind === 'databasePrimary' ? { kind: 'unit', component: target.component, unitIndex: this.primaryCopy[target.component] as number } : target;
  }

  /** Marks `target` failed (`delta` = +1) or repaired (−1), then recomputes `unitUp`. */
  change(target: Exclude<ResolvedFailureTarget, { kind: 'databasePrimary' }>, delta: 1 | -1): void {
    switch (target.kind) {
      case 'group':
        this.groupFailed[target.groupIndex]! += delta;
        break;
      case 'component':
        this.componentFailed[target.component]! += delta;
        break;
      case 'unit':
        this.unitFailed[(this.unitStart[target.component] as number) + target.unitIndex]! += delta;
        break;
    }
    for (let u = 0; u < this.unitUp.length; u += 1) {
      let up = this.unitFailed[u] === 0 && this.componentFailed[this.unitComponent[u] as number] === 0;
      const domains = this.unitDomains[u] as Int32Array;
      for (let k = 0; up && k < domains.length; k += 1) up = this.groupFailed[domains[k] as number] === 0;
      this.unitUp[u] = up ? 1 : 0;
    }
  }

  /** Up units among the active ones of component c. */
  upUnits(c: number): number {
    const start = this.unitStart[c] as number;
    const end = this.model.topology.kinds[c] === 'database' ? (this.unitStart[c + 1] as number) : start + (this.activeUnits[c] as number);
    let up = 0;
    for (let u = start; u < end; u += 1) up += this.unitUp[u] as number;
    return up;
  }

  /**
   * Whether component c answers (what a health check of it sees): a fleet needs `minHealthy` active
   * units up; a database its primary taking writes; anything else its unit up.
   */
  componentUp(c: number): boolean {
    if (this.model.topology.kinds[c] === 'database') return this.primaryAvailable[c] === 1;
    return this.upUnits(c) >= (this.minHealthy[c] as number);
  }
}
