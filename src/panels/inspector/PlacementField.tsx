import { useMemo } from 'react';
import { reparentCommand } from '../../commands';
import { elementIdSchema, type Group } from '../../model';
import { useMeridianStore } from '../../store';
import { ChoiceField } from './fields/ChoiceField';
import type { FieldSpec } from './fields/fieldSpec';

const spec: FieldSpec = { control: 'select', path: ['groupId'], label: 'Placed in', hint: 'Its failure domain: a zone, a region, or global', schema: elementIdSchema.nullable(), options: [] };
const globalOption = '';

function placeName(group: Group, groups: readonly Group[]): string {
  if (group.kind !== 'zone') return group.name;
  const region = groups.find((candidate) => candidate.id === group.parentId);
  return region ? `${group.name} · ${region.name}` : group.name;
}

/** Where a component runs; choosing another place moves it into that group on the canvas too. */
export function PlacementField({ id, groupId }: { id: string; groupId: string | null }) {
  const groups = useMeridianStore((state) => state.scenario.groups);
  const places = useMemo(() => groups.filter((group) => group.kind !== 'provider').map((group) => ({ id: group.id, name: placeName(group, groups) })), [groups]);
  const move = (_path: string[], parentId: unknown) => {
    const result = useMeridianStore.getState().dispatch(reparentCommand, { ids: [id], parentId: parentId as string | null });
    return result.ok ? null : result.reason;
  };
  return (
    <ChoiceField spec={spec} value={groupId ?? globalOption} onCommit={move} toValue={(option) => (option === globalOption ? null : option)}>
      <option value={globalOption}>Global (no region)</option>
      {places.map((place) => (
        <option key={place.id} value={place.id}>
          {place.name}
        </option>
      ))}
    </ChoiceField>
  );
}
