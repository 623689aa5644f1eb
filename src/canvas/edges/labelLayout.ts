import { formatRps } from '../../charts';
import type { Scenario } from '../../model';
import { cardBoxesOf } from './cardBoxes';
import { curveCandidates } from './curveCandidates';
import { edgeLabel } from './edgeAppearance';
import { edgeRoute } from './edgeRoute';
import { BoxGrid } from './boxGrid';
import type { Box } from './floatingEdgeGeometry';
import { labelObstaclesOf } from './labelObstacles';
import { labelBox, placeLabel, routeCandidates, type LabelCandidate } from './placeLabel';
import type { RoutePoint } from './routeAroundCards';

/** What an edge's label says: a warning mark when it has a problem, its kind's detail (`edgeLabel`), the traffic it carries. */
export function edgeLabelText(detail: string | undefined, trafficRps: number | undefined, issue: string | undefined): string {
  return [issue === undefined ? '' : '⚠', detail, trafficRps === undefined ? undefined : formatRps(trafficRps)].filter(Boolean).join(' · ');
}

/** Spots along an edge its label may take, best first. */
export function labelCandidates(ends: Parameters<typeof curveCandidates>[0], route: readonly RoutePoint[] | null): LabelCandidate[] {
  return route ? routeCandidates(route) : curveCandidates(ends);
}

export interface LabelInputs {
  scenario: Scenario;
  trafficRps: Readonly<Record<string, number>> | undefined;
  issues: Readonly<Record<string, string>>;
  scale: number;
}

let lastSpots: { cards: ReadonlyMap<string, Box>; edges: Scenario['edges']; spots: ReadonlyMap<string, LabelCandidate[]> } | null = null;
let last: { keys: readonly unknown[]; choices: ReadonlyMap<string, number | null> } | null = null;

/** Each edge's candidate spots, from the document's positions: routed again only when a card or an edge changes, not for new traffic. */
function candidatesByEdge(scenario: Scenario): ReadonlyMap<string, LabelCandidate[]> {
  const cards = cardBoxesOf(scenario);
  if (lastSpots?.cards === cards && lastSpots.edges === scenario.edges) return lastSpots.spots;
  const spots = new Map<string, LabelCandidate[]>();
  for (const edge of scenario.edges) {
    const [sourceBox, targetBox] = [cards.get(edge.from), cards.get(edge.to)];
    if (!sourceBox || !targetBox) continue;
    const { ends, route } = edgeRoute(edge.from, sourceBox, edge.to, targetBox, cards);
    spots.set(edge.id, labelCandidates(ends, route));
  }
  lastSpots = { cards, edges: scenario.edges, spots };
  return spots;
}

/**
 * Which spot each edge's label takes (an index into its `labelCandidates`), or null for hover only,
 * decided for all edges together so that no label covers a card, a group's title or another label:
 * edge by edge in the document's order, each label taking the first free spot left. Worked out again
 * only when what it depends on changes (cards, edges, groups, traffic, problems, zoom step), not for
 * an edit that moves nothing and changes no label.
 */
export function labelChoicesOf(inputs: LabelInputs): ReadonlyMap<string, number | null> {
  const { scenario } = inputs;
  const keys = [cardBoxesOf(scenario), scenario.edges, scenario.groups, scenario.layout, inputs.trafficRps, inputs.issues, inputs.scale];
  if (last && keys.every((key, i) => last?.keys[i] === key)) return last.choices;
  const spots = candidatesByEdge(scenario);
  const taken = new BoxGrid(labelObstaclesOf(scenario));
  const choices = new Map<string, number | null>();
  for (const edge of scenario.edges) {
    const candidates = spots.get(edge.id);
    const text = edgeLabelText(edgeLabel(edge), inputs.trafficRps?.[edge.id], inputs.issues[edge.id]);
    if (!candidates || !text) continue;
    const choice = placeLabel(text, candidates, inputs.scale, taken);
    const spot = choice === null ? undefined : candidates[choice];
    if (spot) taken.add(labelBox(text, spot, inputs.scale));
    choices.set(edge.id, choice);
  }
  last = { keys, choices };
  return choices;
}
