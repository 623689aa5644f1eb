import { SlidersHorizontal } from 'lucide-react';
import { useCallback } from 'react';
import { updateScenarioCommand, type ScenarioPatch } from '../../commands';
import { scenarioSchema } from '../../model';
import { useShallow } from 'zustand/react/shallow';
import { useMeridianStore } from '../../store';
import { fieldsFromShape } from './fields/fieldSpec';
import { setIn } from './fields/fieldValue';
import { SchemaFields } from './fields/SchemaFields';
import { InspectorHeader } from './InspectorHeader';

/** Everything but the scenario-wide settings has its own editor (the canvas, the other inspectors). */
const notSettings = new Set(['schemaVersion', 'id', 'clients', 'groups', 'components', 'edges', 'layout', 'currency']);
const fields = fieldsFromShape(scenarioSchema.shape, notSettings);

/** Shown when nothing is selected: the scenario's name, workload, recovery plan and pricing. */
export function ScenarioInspector() {
  const root = useMeridianStore(
    useShallow(({ scenario }) => ({ name: scenario.name, description: scenario.description, workload: scenario.workload, recovery: scenario.recovery, settings: scenario.settings })),
  );
  const onCommit = useCallback((path: string[], value: unknown) => {
    const [key, ...rest] = path;
    const current = useMeridianStore.getState().scenario;
    const patch = { [key as keyof ScenarioPatch]: rest.length === 0 ? value : setIn(current[key as keyof ScenarioPatch], rest, value) } as ScenarioPatch;
    const result = useMeridianStore.getState().dispatch(updateScenarioCommand, { patch });
    return result.ok ? null : result.reason;
  }, []);
  return (
    <div className="inspector__body" data-testid="inspector.scenario">
      <InspectorHeader icon={SlidersHorizontal} title="Scenario" subtitle="Select a node or an edge to edit it" deletable={false} />
      <div className="inspector__fields">
        <SchemaFields fields={fields} root={root} onCommit={onCommit} />
      </div>
    </div>
  );
}
