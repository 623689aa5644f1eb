import { NodeResizer, type NodeProps, type ResizeParams } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { gridSize, resizeGroupCommand } from '../../commands';
import { useChaosState, useElementBadge, useGroup, useMeridianStore } from '../../store';
import type { GroupFlowNode } from '../flowTypes';
import { SpofBadge } from '../nodes/NodeBadges';
import { groupIcons } from '../nodes/nodeIcons';
import { describeGroup } from './describeGroup';

const minSide = 120;
/** The canvas snaps drags itself (to guides or the grid), so React Flow's grid snap is off: a resize lands on the grid here. */
const snap = (value: number) => Math.round(value / gridSize) * gridSize;

/** A provider, region or zone: a tinted, resizable frame whose contents move with it. */
export const GroupNode = memo(function GroupNode({ id, selected }: NodeProps<GroupFlowNode>) {
  const group = useGroup(id);
  const spof = useElementBadge(id)?.spof ?? null;
  const chaos = useChaosState(id);
  const onResizeEnd = useCallback(
    (_event: unknown, { x, y, width, height }: ResizeParams) => {
      useMeridianStore.getState().dispatch(resizeGroupCommand, { id, x: snap(x), y: snap(y), width: snap(width), height: snap(height) });
    },
    [id],
  );
  if (!group) return null;
  const Icon = groupIcons[group.kind];
  return (
    <div className={`group-frame group-frame--${group.kind}${selected ? ' is-selected' : ''}${chaos ? ` is-chaos-${chaos}` : ''}`} data-testid={`canvas.group.${id}`} data-chaos-state={chaos ?? undefined}>
      <NodeResizer isVisible={selected} minWidth={minSide} minHeight={minSide} onResizeEnd={onResizeEnd} lineClassName="group-resize-line" handleClassName="group-resize-handle" />
      <div className="group-frame__header">
        <Icon size={14} aria-hidden />
        <span className="group-frame__name">{group.name}</span>
        <span className="group-frame__detail">{describeGroup(group)}</span>
        {spof && <SpofBadge mark={spof} testId={`canvas.group.${id}.spof`} />}
      </div>
    </div>
  );
});
