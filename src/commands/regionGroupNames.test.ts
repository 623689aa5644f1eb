import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model';
import { example, expectValid, performed } from './test/helpers';
import { updateElement } from './updateElement';

/** The example's region group (Europe (Ireland), zones eu-west-1a and eu-west-1b) moved to Tokyo. */
function movedToTokyo(scenario: Scenario) {
  const next = performed(updateElement(scenario, { id: 'eu-west-1', patch: { regionId: 'aws:ap-northeast-1' } }));
  expectValid(next);
  return next.groups.map((group) => (group.kind === 'zone' ? `${group.name}/${group.zoneName}` : group.name));
}

describe('a region group moved to another catalog region', () => {
  it("takes the new region's name and moves its lettered zones along", () => {
    expect(movedToTokyo(example())).toEqual(['AWS', 'Asia Pacific (Tokyo)', 'ap-northeast-1a/ap-northeast-1a', 'ap-northeast-1b/ap-northeast-1b']);
  });

  it('keeps names a person typed', () => {
    const typed = example();
    typed.groups = typed.groups.map((group) => (group.id === 'eu-west-1' ? { ...group, name: 'Primary site' } : group.id === 'zone-a' ? { ...group, name: 'Blue', zoneName: 'blue' } : group));
    expect(movedToTokyo(typed)).toEqual(['AWS', 'Primary site', 'Blue/blue', 'ap-northeast-1b/ap-northeast-1b']);
  });
});
