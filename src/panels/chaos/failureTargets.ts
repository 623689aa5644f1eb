import type { Report } from '../../engine';
import type { Scenario } from '../../model';

/** Something the chaos view can fail: a failure domain, a component, or a database's primary. */
export interface FailureTargetOption {
  target: string;
  label: string;
}

const groupKindLabel = { provider: 'provider', region: 'region', zone: 'zone' } as const;

/** Every failure target of a scenario, failure domains first (outermost first), then components and database primaries. */
export function failureTargetOptions(scenario: Scenario): FailureTargetOption[] {
  const order = { provider: 0, region: 1, zone: 2 } as const;
  const groups = [...scenario.groups].sort((a, b) => order[a.kind] - order[b.kind]).map((g) => ({ target: g.id, label: `${g.name} (${groupKindLabel[g.kind]})` }));
  const components = scenario.components.flatMap((c) => {
    const whole = { target: c.id, label: c.name };
    return c.kind === 'database' && c.model !== 'leaderless' ? [whole, { target: `${c.id}/primary`, label: `${c.name}: primary copy` }] : [whole];
  });
  return [...groups, ...components];
}

/** A target's label, or the target itself when the scenario no longer has it. */
export function failureTargetLabel(scenario: Scenario, target: string): string {
  return failureTargetOptions(scenario).find((option) => option.target === target)?.label ?? target;
}

/**
 * The analytic recovery event (SPEC §2.4) a simulated failure corresponds to: a zone, region or provider
 * outage; a database primary's failure; one instance (`<id>/<n>`, or a one-instance component as a whole).
 * Null when the report has none (a whole multi-instance fleet failing is not one of its events).
 */
export function analyticRecoveryEvent(report: Report | null, scenario: Scenario, target: string): Report['recovery']['events'][number] | null {
  if (!report) return null;
  const [id = '', unit] = target.split('/');
  const group = scenario.groups.find((g) => g.id === id);
  const component = scenario.components.find((c) => c.id === id);
  const singleInstance = component !== undefined && (component.kind === 'compute' || component.kind === 'monolith' ? component.instances === 1 : component.kind !== 'database');
  const eventId = group ? `${group.kind}:${id}` : unit === 'primary' ? `databasePrimary:${id}` : unit !== undefined || singleInstance ? `instance:${id}` : null;
  return report.recovery.events.find((e) => e.id === eventId) ?? null;
}
