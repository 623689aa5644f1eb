import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { tidyLayout } from '../../commands';
import { twoRegionDesign } from '../../commands/test/twoRegionDesign';
import { cardBoxesOf } from './cardBoxes';
import { edgeLabel } from './edgeAppearance';
import { edgeRoute } from './edgeRoute';
import { edgeLabelText, labelCandidates, labelChoicesOf } from './labelLayout';
import { labelObstaclesOf } from './labelObstacles';
import { labelBox } from './placeLabel';

const elk = new ELK();

describe('labelChoicesOf', () => {
  it('places the two-region design\'s labels at fit size so that none covers a card, a group title or another label', async () => {
    const design = twoRegionDesign();
    const scenario = { ...design, layout: await tidyLayout(design, (graph) => elk.layout(graph)) };
    const trafficRps = Object.fromEntries(scenario.edges.map((edge, i) => [edge.id, 100 + i * 7.3]));
    const scale = 1.75;
    const choices = labelChoicesOf({ scenario, trafficRps, issues: {}, scale });
    const cards = cardBoxesOf(scenario);
    const drawn = scenario.edges.flatMap((edge) => {
      const choice = choices.get(edge.id);
      const [from, to] = [cards.get(edge.from), cards.get(edge.to)];
      if (choice === null || choice === undefined || !from || !to) return [];
      const { ends, route } = edgeRoute(edge.from, from, edge.to, to, cards);
      const spot = labelCandidates(ends, route)[choice];
      return spot ? [{ id: edge.id, box: labelBox(edgeLabelText(edgeLabel(edge), trafficRps[edge.id], undefined), spot, scale) }] : [];
    });
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    const overlaps = (a: (typeof drawn)[number]['box'], b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const [i, label] of drawn.entries()) {
      for (const obstacle of labelObstaclesOf(scenario)) expect(overlaps(label.box, obstacle), `${label.id} over a card or title`).toBe(false);
      for (const other of drawn.slice(i + 1)) expect(overlaps(label.box, other.box), `${label.id} over ${other.id}`).toBe(false);
    }
  });

  it('gives an edge with nothing to say no spot', () => {
    const scenario = twoRegionDesign();
    expect(labelChoicesOf({ scenario, trafficRps: undefined, issues: {}, scale: 1 }).has('e-users-eu-dns')).toBe(false);
  });
});
