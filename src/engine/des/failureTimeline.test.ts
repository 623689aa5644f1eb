import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { parseFailureSpec, resolveFailureTarget } from './failureTimeline';

describe('failure timeline', () => {
  it('parses <target>@<t>[-<t′>]', () => {
    expect(parseFailureSpec('zone-a@30-90')).toEqual({ target: 'zone-a', atSeconds: 30, repairAtSeconds: 90 });
    expect(parseFailureSpec('db/primary@12.5')).toEqual({ target: 'db/primary', atSeconds: 12.5, repairAtSeconds: null });
  });

  it('refuses malformed specs with the expected form', () => {
    for (const bad of ['zone-a', '@10', 'zone-a@', 'zone-a@x', 'zone-a@30-20', 'zone-a@1-2-3']) {
      expect(parseFailureSpec(bad)).toMatch(/--fail must be <target>@<t>\[-<t'>\]/);
    }
  });

  it('resolves groups, components, instances and database primaries of the example', () => {
    const example = createExampleScenario();
    expect(resolveFailureTarget(example, 'zone-a')).toEqual({ kind: 'group', groupIndex: 2 });
    expect(resolveFailureTarget(example, 'lb')).toEqual({ kind: 'component', component: 1 });
    expect(resolveFailureTarget(example, 'app-b/3')).toEqual({ kind: 'unit', component: 3, unitIndex: 2 });
    expect(resolveFailureTarget(example, 'db/primary')).toEqual({ kind: 'databasePrimary', component: 5 });
  });

  it('names what is wrong with a target', () => {
    const example = createExampleScenario();
    expect(resolveFailureTarget(example, 'nowhere')).toMatch(/unknown failure target "nowhere"/);
    expect(resolveFailureTarget(example, 'app-a/4')).toMatch(/instance must be 1 … 3/);
    expect(resolveFailureTarget(example, 'lb/primary')).toMatch(/only a database has a primary/);
  });
});
