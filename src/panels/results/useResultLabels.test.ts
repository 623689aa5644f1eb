import { describe, expect, it } from 'vitest';
import { createExampleScenario, type Scenario } from '../../model';
import { labelsOfDocument } from './useResultLabels';

const withFirstComponent = (scenario: Scenario, change: (component: Scenario['components'][number]) => Scenario['components'][number]): Scenario => ({
  ...scenario,
  components: scenario.components.map((component, i) => (i === 0 ? change(component) : component)),
});

describe('labelsOfDocument', () => {
  const scenario = createExampleScenario();
  const first = scenario.components[0];
  if (!first) throw new Error('the example has components');

  it('keeps the very labels object for an edit that changes no name, so the charts do not repaint for it', () => {
    const before = labelsOfDocument(scenario);
    // A new component object, as any parameter edit makes one (the parameters are not what labels read).
    const edited = withFirstComponent(scenario, (component) => ({ ...component }));
    expect(edited.components).not.toBe(scenario.components);
    expect(labelsOfDocument(edited)).toBe(before);
  });

  it('names an element by its new name once it is renamed', () => {
    const renamed = labelsOfDocument(withFirstComponent(scenario, (component) => ({ ...component, name: 'Renamed' })));
    expect(renamed.nameOf(first.id)).toBe('Renamed');
    expect(labelsOfDocument(scenario).nameOf(first.id)).toBe(first.name);
  });

  it('follows the recovery targets', () => {
    const targets = { ...scenario.recovery.targets, rtoSec: scenario.recovery.targets.rtoSec + 60 };
    const labels = labelsOfDocument({ ...scenario, recovery: { ...scenario.recovery, targets } });
    expect(labels.recoveryTargets.rtoSeconds).toBe(targets.rtoSec);
  });
});
