import type { Scenario } from '../../model';
import { useMeridianStore } from '../../store';
import { resultLabels, type LabelledScenario, type ResultLabels } from './resultLabels';

/** Exactly what `resultLabels` reads of a document: names, edge ends and recovery targets. */
function labelledPart(scenario: Scenario): LabelledScenario {
  const named = ({ id, name }: { id: string; name: string }) => ({ id, name });
  return {
    clients: scenario.clients.map(named),
    groups: scenario.groups.map(named),
    components: scenario.components.map(named),
    edges: scenario.edges.map(({ id, from, to }) => ({ id, from, to })),
    recovery: { targets: scenario.recovery.targets },
  };
}

const labelsByDocument = new WeakMap<Scenario, ResultLabels>();
let latest: { key: string; labels: ResultLabels } | null = null;

/**
 * A document's result labels, worked out once per document. While the part they are made from is
 * unchanged (a parameter edit), they are the previous labels object itself: the dashboard's charts
 * then repaint once, when the edit's report arrives, not also when the edit is committed.
 */
export function labelsOfDocument(scenario: Scenario): ResultLabels {
  const known = labelsByDocument.get(scenario);
  if (known) return known;
  const part = labelledPart(scenario);
  const key = JSON.stringify(part);
  const labels = latest?.key === key ? latest.labels : resultLabels(part);
  latest = { key, labels };
  labelsByDocument.set(scenario, labels);
  return labels;
}

/** Labels for the report's ids, a new object only when names or recovery targets changed. */
export const useResultLabels = (): ResultLabels => useMeridianStore((state) => labelsOfDocument(state.scenario));
