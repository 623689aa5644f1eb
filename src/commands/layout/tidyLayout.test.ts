import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { example, expectContained } from '../test/helpers';
import { absolutePosition, nodeSize } from './geometry';
import { lacksLayout, tidyLayout } from './tidyLayout';

const elk = new ELK();
const runElk = (graph: Parameters<typeof elk.layout>[0]) => elk.layout(graph);

describe('tidyLayout (ELK, layered, nested groups)', () => {
  it('places every node, holds the containment invariant, and flows from the users down', async () => {
    const scenario = example();
    const laidOut = { ...scenario, layout: await tidyLayout(scenario, runElk) };
    expect(lacksLayout(laidOut)).toBe(false);
    expectContained(laidOut);
    const box = (id: string) => ({ ...absolutePosition(laidOut, id), ...nodeSize(laidOut, id) });
    expect(box('users-eu').y + 60).toBeLessThanOrEqual(box('dns').y);
    expect(box('dns').y + 60).toBeLessThanOrEqual(box('aws').y);
    expect(box('lb').y + 60).toBeLessThanOrEqual(box('zone-a').y);
    expect(box('app-a').y + 60).toBeLessThanOrEqual(box('db').y);
    // The two zones side by side, not stacked.
    expect(box('zone-a').y).toBe(box('zone-b').y);
  });

  it('is deterministic', async () => {
    const scenario = example();
    expect(await tidyLayout(scenario, runElk)).toEqual(await tidyLayout(scenario, runElk));
  });

  it('lays out a document that arrived without a layout', async () => {
    const bare = { ...example(), layout: { nodes: {} } };
    expect(lacksLayout(bare)).toBe(true);
    expectContained({ ...bare, layout: await tidyLayout(bare, runElk) });
  });
});
