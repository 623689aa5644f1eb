import { describe, expect, it } from 'vitest';
import { addClient, addComponent, addGroup } from '../commands';
import { createBlankScenario, type Scenario } from '../model';
import { widenViewFor } from './widenViewFor';

const blank = (): Scenario => createBlankScenario('blank', 'Blank');
const after = (result: ReturnType<typeof addClient>) => {
  if (!result.ok) throw new Error(result.reason);
  return result.scenario;
};
const view = { x: 0, y: 0, width: 1000, height: 700 };

describe('widenViewFor', () => {
  it('widens when an added node lands outside the view, and not when it lands inside', () => {
    const empty = blank();
    expect(widenViewFor(empty, after(addClient(empty, { position: { x: 100, y: 100 } })), view)).toBe(false);
    expect(widenViewFor(empty, after(addClient(empty, { position: { x: 900, y: 100 } })), view)).toBe(true);
  });

  it('widens when a group grows past the edge of a view that held the whole design', () => {
    const region = after(addGroup(blank(), { kind: 'region', regionId: 'aws:eu-west-1', parentId: null, position: { x: 0, y: 0 } }));
    // The card (700–880) is in view, but the region grows to 900 wide to hold it with its margin.
    const tight = { x: 0, y: 0, width: 890, height: 440 };
    const grown = after(addComponent(region, { kind: 'compute', groupId: 'eu-west-1', position: { x: 700, y: 40 } }));
    expect(widenViewFor(region, grown, tight)).toBe(true);
  });

  it('keeps a view zoomed in on part of the design, and any view through edits that add nothing', () => {
    const empty = blank();
    const one = after(addClient(empty, { position: { x: 2000, y: 0 } }));
    const two = after(addClient(one, { position: { x: 100, y: 100 } }));
    expect(widenViewFor(one, two, view)).toBe(false);
    expect(widenViewFor(two, { ...two, layout: { nodes: { ...two.layout.nodes, 'users-2': { x: 5000, y: 0 } } } }, view)).toBe(false);
  });
});
