import type { DatabaseComponent } from '../../model';
import { useMeridianStore } from '../../store';
import type { CommitField } from './fields/fieldProps';
import { useRefusal } from './fields/useRefusal';

const path = ['replicaGroupIds'];

/** Where a database keeps its extra copies: one checkbox per zone or region other than its own. */
export function ReplicaGroupsField({ database, onCommit }: { database: DatabaseComponent; onCommit: CommitField }) {
  const groups = useMeridianStore((state) => state.scenario.groups);
  const [refusal, report] = useRefusal(path);
  const candidates = groups.filter((group) => group.kind !== 'provider' && group.id !== database.groupId);
  const toggle = (groupId: string, on: boolean) => {
    const next = on ? [...database.replicaGroupIds, groupId] : database.replicaGroupIds.filter((id) => id !== groupId);
    report(onCommit(path, next));
  };
  return (
    <fieldset className="field-section">
      <legend className="field-section__title">Replicas in</legend>
      {candidates.length === 0 && <p className="field__hint">Add another zone or region to place a replica.</p>}
      {candidates.map((group) => (
        <label key={group.id} className="checkbox">
          <input
            type="checkbox"
            checked={database.replicaGroupIds.includes(group.id)}
            onChange={(event) => toggle(group.id, event.target.checked)}
            data-testid={`inspector.field.replicaGroupIds.${group.id}`}
          />
          <span>{group.name}</span>
        </label>
      ))}
      {refusal && (
        <p className="field__error" role="alert" data-testid="inspector.field.replicaGroupIds.error">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}
