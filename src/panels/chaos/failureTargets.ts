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
