import { describe, expect, it } from 'vitest';
import { createExampleScenario, type Scenario } from '../../model';
import { cardBoxesOf, isWherePlaced } from './cardBoxes';

/** The example with its first component renamed: a document edit that moves no card. */
const renamed = (scenario: Scenario): Scenario => ({ ...scenario, components: scenario.components.map((c, i) => (i === 0 ? { ...c, name: `${c.name} renamed` } : c)) });

describe('cardBoxesOf', () => {
  it('hands back the same map for an edit that moves no card, so edges need not re-route', () => {
    const scenario = createExampleScenario();
    const before = cardBoxesOf(scenario);
    expect(cardBoxesOf(renamed(scenario))).toBe(before);
  });

  it('gives a new map, with the card where the document now places it, when a card moves', () => {
    const scenario = createExampleScenario();
    const before = cardBoxesOf(scenario);
    const [moved] = scenario.components;
    if (!moved) throw new Error('the example has components');
    const placed = scenario.layout.nodes[moved.id] ?? { x: 0, y: 0 };
    const after = cardBoxesOf({ ...scenario, layout: { ...scenario.layout, nodes: { ...scenario.layout.nodes, [moved.id]: { ...placed, x: placed.x + 40 } } } });
    expect(after).not.toBe(before);
    expect(after.get(moved.id)?.x).toBe((before.get(moved.id)?.x ?? 0) + 40);
    expect(after.get(moved.id)?.y).toBe(before.get(moved.id)?.y);
  });
});

describe('isWherePlaced', () => {
  const placed = { x: 100, y: 40, width: 180, height: 60 };

  it('tells a card the document places from one being dragged elsewhere', () => {
    expect(isWherePlaced({ ...placed, x: 100.2 }, placed)).toBe(true);
    expect(isWherePlaced({ ...placed, x: 120 }, placed)).toBe(false);
    expect(isWherePlaced(placed, undefined)).toBe(false);
  });
});
