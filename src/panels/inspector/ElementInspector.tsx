import { useCallback, useMemo } from 'react';
import { componentKindLabels, groupKindLabels, updateElementCommand, type ElementRef } from '../../commands';
import { componentLooks, EdgeSample, edgeAppearance, groupIcons, usersIcon } from '../../canvas';
import type { Edge } from '../../model';
import { selectElement, useMeridianStore, useNameOf } from '../../store';
import { elementPatch } from './elementPatch';
import { fieldsForElement } from './elementSchemas';
import type { FieldSpec } from './fields/fieldSpec';
import { SchemaFields } from './fields/SchemaFields';
import { FitGroupButton } from './FitGroupButton';
import { InspectorHeader } from './InspectorHeader';
import { PlacementField } from './PlacementField';
import { ReplicaGroupsField } from './ReplicaGroupsField';
import { useElementRef } from './useElementRef';

const trailing = new Set(['availability', 'price']);
/** Kinds that answer from what they hold: only a call into one of them has a "served from cache" setting. */
const cachingKinds = new Set(['cache', 'cdn']);

/** An edge by its ends' names as everything else names it (`elementNames`, as its accessible name on the canvas). */
function EdgeHeader({ edge }: { edge: Edge }) {
  const nameOf = useNameOf();
  return <InspectorHeader badge={<EdgeSample kind={edge.kind} />} title={`${edgeAppearance[edge.kind].label} edge`} subtitle={`${nameOf(edge.from)} → ${nameOf(edge.to)}`} />;
}

function Header({ target: ref }: { target: ElementRef }) {
  switch (ref.type) {
    case 'component': {
      const look = componentLooks[ref.element.kind];
      return <InspectorHeader icon={look.icon} family={look.family} title={ref.element.name} subtitle={`${componentKindLabels[ref.element.kind]} · ${ref.element.id}`} />;
    }
    case 'group':
      return <InspectorHeader icon={groupIcons[ref.element.kind]} family="group" title={ref.element.name} subtitle={`${groupKindLabels[ref.element.kind]} · ${ref.element.id}`} />;
    case 'client':
      return <InspectorHeader icon={usersIcon} family="users" title={ref.element.name} subtitle={`Users · ${ref.element.id}`} />;
    case 'edge':
      return <EdgeHeader edge={ref.element} />;
  }
}

/** Edits one component, group, client population or edge. */
export function ElementInspector({ id }: { id: string }) {
  const ref = useElementRef(id);
  const calleeCaches = useMeridianStore((state) => {
    if (ref?.type !== 'edge') return false;
    const callee = selectElement(state, ref.element.to);
    return callee !== null && callee !== undefined && 'kind' in callee && cachingKinds.has(callee.kind);
  });
  const onCommit = useCallback(
    (path: string[], value: unknown) => {
      if (!ref) return 'This element no longer exists.';
      const result = useMeridianStore.getState().dispatch(updateElementCommand, { id, patch: elementPatch(ref, path, value) });
      return result.ok ? null : result.reason;
    },
    [id, ref],
  );
  const [leading, rest] = useMemo(() => {
    const fields = (ref ? fieldsForElement(ref) : []).filter((field) => calleeCaches || field.path[0] !== 'servedFromCache');
    const split = (test: (field: FieldSpec) => boolean) => fields.filter(test);
    return [split((field) => field.path[0] === 'name'), [...split((f) => f.path[0] !== 'name' && !trailing.has(f.path[0] ?? '')), ...split((f) => trailing.has(f.path[0] ?? ''))]];
  }, [ref, calleeCaches]);
  if (!ref) return null;
  const element = ref.element;
  return (
    <div className="inspector__body" data-testid={`inspector.element.${id}`}>
      <Header target={ref} />
      <div className="inspector__fields">
        <SchemaFields fields={leading} root={element} onCommit={onCommit} />
        {ref.type === 'component' && <PlacementField id={id} groupId={ref.element.groupId} />}
        <SchemaFields fields={rest} root={element} onCommit={onCommit} />
        {ref.type === 'component' && ref.element.kind === 'database' && ref.element.model !== 'single' && <ReplicaGroupsField database={ref.element} onCommit={onCommit} />}
        {ref.type === 'group' && <FitGroupButton id={id} />}
      </div>
    </div>
  );
}
