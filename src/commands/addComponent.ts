import { createComponent, type ComponentKind, type Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { createIdAllocator } from './ids';
import { componentKindLabels, uniqueName } from './labels';
import type { Point } from './layout/geometry';
import { settleLayout } from './layout/settleLayout';
import { placementProblem } from './placement';

export interface AddComponentArgs {
  kind: ComponentKind;
  /** Zone or region to place it in; null = global. */
  groupId: string | null;
  /** Top-left corner, relative to the group. */
  position: Point;
  name?: string;
}

/** Adds a component with the kind's defaults, in the free spot nearest `position`, and selects it. */
export function addComponent(scenario: Scenario, { kind, groupId, position, name }: AddComponentArgs): CommandResult {
  const problem = placementProblem(scenario, 'component', groupId);
  if (problem) return refuse(problem);
  const id = createIdAllocator(scenario)(kind);
  const label = name ?? uniqueName(componentKindLabels[kind], scenario.components.map((c) => c.name));
  const component = createComponent(kind, id, label, groupId);
  const next = {
    ...scenario,
    components: [...scenario.components, component],
    layout: { nodes: { ...scenario.layout.nodes, [id]: { x: position.x, y: position.y } } },
  };
  return succeed(settleLayout(next, { placed: [id] }), [id]);
}

export const addComponentCommand = defineCommand({ id: 'addComponent', label: 'Add component', recordsUndo: true, perform: addComponent });
