import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../model';
import { atBaselineWorkload } from '../../store';
import { comparability, isComparable } from './comparability';
import { structuralDifferences } from './structuralDifferences';

function template(file: string): Scenario {
  const parsed = parseScenario(readFileSync(join(import.meta.dirname, '..', '..', '..', 'templates', file), 'utf8'));
  if (!parsed.ok) throw new Error(file);
  return parsed.scenario;
}

describe('comparing like with like (issue #16)', () => {
  const pilot = template('pilot-light.json');
  const warm = template('warm-standby.json');
  const active = template('two-region-active-active.json');
  const monolith = template('shop-monolith.json');
  const services = template('shop-microservices.json');
  const threeTier = template('multi-az-three-tier.json');

  it('the template families share workload, populations and targets', () => {
    expect(isComparable(comparability(pilot, warm))).toBe(true);
    expect(isComparable(comparability(pilot, active))).toBe(true);
    expect(isComparable(comparability(monolith, services))).toBe(true);
  });

  it('designs from different families: each difference said, with the baseline’s', () => {
    const c = comparability(pilot, threeTier);
    expect(c.workload).toBe('1.5k req/s, 90 % reads, 2 kB in / 20 kB out, peak ×3 (baseline: 500 req/s, 85 % reads, 2 kB in / 25 kB out, peak ×2.5)');
    expect(c.populations).toBe('Users on the US east coast 70 %, Users on the US west coast 30 % (baseline: Users on the US east coast 60 %, Users on the US west coast 40 %)');
    expect(c.targets).toBe('RTO 15 m, RPO 1 m (baseline: RTO 1 h, RPO 5 m)');
  });

  it('at the baseline’s workload: the same document each time, with the baseline’s workload and targets and its own populations', () => {
    const aligned = atBaselineWorkload(threeTier, pilot);
    expect(atBaselineWorkload(threeTier, pilot)).toBe(aligned);
    expect(atBaselineWorkload(pilot, pilot)).toBe(pilot);
    expect(aligned.workload).toBe(pilot.workload);
    expect(aligned.recovery.targets).toBe(pilot.recovery.targets);
    expect(aligned.clients).toBe(threeTier.clients);
    expect(comparability(pilot, aligned).workload).toBeNull();
  });

  it('the structural differences that explain a delta: the services, hops and fan-out of the split shop; the regions of active/active', () => {
    // Calls between components: monolith DNS → LB → shop → cache, db (4); services DNS → LB → storefront → catalog, cart, checkout;
    // catalog → cache, catalog DB; cart → cart DB; checkout → orders DB, cart (10).
    expect(structuralDifferences(monolith, services)).toEqual([
      'adds 4 services (Storefront (BFF), Catalog service, Cart service and 1 more), 1 cache (Catalog cache (Redis)), 3 databases (Catalog DB, Cart DB, Orders DB)',
      'removes 1 monolith (Shop monolith), 1 cache (Redis), 1 database (Shop DB (primary a, standby b))',
      '10 calls between components instead of 4: each a network hop and its serialization',
      '1 parallel fan-out instead of 0',
    ]);
    expect(structuralDifferences(pilot, active)).toContain('3 regions instead of 2');
    expect(structuralDifferences(pilot, pilot)).toEqual([]);
  });
});
