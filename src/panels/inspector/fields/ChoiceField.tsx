import { useId, type ReactNode } from 'react';
import { fieldTestId, type CommitField } from './fieldProps';
import { FieldShell } from './FieldShell';
import type { FieldSpec } from './fieldSpec';
import { validateField } from './fieldValue';
import { useRefusal } from './useRefusal';

interface ChoiceFieldProps {
  spec: FieldSpec;
  value: string;
  onCommit: CommitField;
  /** The `<option>`s (or `<optgroup>`s). */
  children: ReactNode;
  /** Turns the chosen option into the value to commit (the option itself by default). */
  toValue?: (option: string) => unknown;
}

/** A select that commits as soon as a choice is made, showing the model's refusal if there is one. */
export function ChoiceField({ spec, value, onCommit, children, toValue = (option) => option }: ChoiceFieldProps) {
  const inputId = useId();
  const [refusal, report] = useRefusal(spec.path);
  const testId = fieldTestId(spec.path);
  const choose = (option: string) => {
    const checked = validateField(spec, toValue(option));
    report(checked.ok ? onCommit(spec.path, checked.value) : checked.error);
  };
  return (
    <FieldShell inputId={inputId} label={spec.label} hint={spec.hint} error={refusal} testId={testId}>
      <select id={inputId} className="select-input" value={value} onChange={(event) => choose(event.target.value)} data-testid={testId}>
        {children}
      </select>
    </FieldShell>
  );
}
