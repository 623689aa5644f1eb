import type { FieldSpec } from './fieldSpec';

/** Commits a field's new value; returns why it was refused, or null when it was accepted. */
export type CommitField = (path: string[], value: unknown) => string | null;

export interface FieldProps<S extends FieldSpec = FieldSpec> {
  spec: S;
  /** The field's current value in the model. */
  value: unknown;
  onCommit: CommitField;
}

export const fieldTestId = (path: readonly string[]) => `inspector.field.${path.join('.')}`;
