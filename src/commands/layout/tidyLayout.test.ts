import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../model';
import { example, expectContained } from '../test/helpers';
import { tidyShapeProblems } from '../test/tidyShape';
import { twoRegionDesign } from '../test/twoRegionDesign';
import { absolutePosition, nodeSize } from './geometry';
import { lacksLayout, tidyLayout } from './tidyLayout';

const elk = new ELK();
const runElk = (graph: Parameters<typeof elk.layout>[0]) => elk.layout(graph);
const tidied = async (scenario: Scenario): Promise<Scenario> => ({ ...scenario, layout: await tidyLayout(scenario, runElk) });

const templatesDir = join(import.meta.dirname, '..', '..', '..', 'templates');
const templates = readdirSync(templatesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file): [string, Scenario] => {
    const parsed = parseScenario(readFileSync(join(templatesDir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return [file, parsed.scenario];
  });

describe('tidyLayout (ELK, layered, group by group)', () => {
  it('places every node, holds the containment invariant, and flows from the users down', async () => {
    const laidOut = await tidied(example());
    expect(lacksLayout(laidOut)).toBe(false);
    expectContained(laidOut);
    const box = (id: string) => ({ ...absolutePosition(laidOut, id), ...nodeSize(laidOut, id) });
    expect(box('users-eu').y + 60).toBeLessThanOrEqual(box('dns').y);
    expect(box('dns').y + 60).toBeLessThanOrEqual(box('aws').y);
    expect(box('lb').y + 60).toBeLessThanOrEqual(box('zone-a').y);
    expect(box('app-a').y + 60).toBeLessThanOrEqual(box('db').y);
    expect(tidyShapeProblems(laidOut)).toEqual([]);
  });

  it('is deterministic', async () => {
    const scenario = example();
    expect(await tidyLayout(scenario, runElk)).toEqual(await tidyLayout(scenario, runElk));
  });

  it('lays out a document that arrived without a layout', async () => {
    const bare = { ...example(), layout: { nodes: {} } };
    expect(lacksLayout(bare)).toBe(true);
    expectContained(await tidied(bare));
  });

  it('lays out the two-region journey design: regions side by side, zones side by side in each, users on top, calls downward', async () => {
    const laidOut = await tidied(twoRegionDesign());
    expectContained(laidOut);
    expect(tidyShapeProblems(laidOut)).toEqual([]);
    const box = (id: string) => ({ ...absolutePosition(laidOut, id), ...nodeSize(laidOut, id) });
    expect(box('eu').x + box('eu').width).toBeLessThan(box('us').x);
    expect(box('eu-a').x + box('eu-a').width).toBeLessThan(box('eu-b').x);
  });

  it.each(templates)('lays out the template %s in rows: groups side by side, users on top, calls downward', async (_file, template) => {
    const laidOut = await tidied(template);
    expectContained(laidOut);
    expect(tidyShapeProblems(laidOut)).toEqual([]);
  });

  it('keeps the populations on a row of their own when nothing is connected yet', async () => {
    const design = twoRegionDesign();
    const laidOut = await tidied({ ...design, edges: [] });
    expectContained(laidOut);
    expect(tidyShapeProblems(laidOut)).toEqual([]);
  });
});
