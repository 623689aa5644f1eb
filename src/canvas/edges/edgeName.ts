import type { Edge as ScenarioEdge } from '../../model';
import { edgeAppearance, edgeLabel } from './edgeAppearance';

/**
 * What an edge is called where it is read out (a screen reader, a test finding it as a person would):
 * its kind as the legend and inspector word it, its ends by name (`elementNames`), and its label's
 * detail — "Call from Web to Orders DB (reads · ×3)".
 */
export function edgeName(edge: ScenarioEdge, nameOf: (id: string) => string): string {
  const detail = edgeLabel(edge);
  const ends = `${edgeAppearance[edge.kind].label} from ${nameOf(edge.from)} to ${nameOf(edge.to)}`;
  return detail === undefined ? ends : `${ends} (${detail})`;
}
