import { useId } from 'react';
import { fieldTestId, type FieldProps } from './fieldProps';
import type { FieldSpec } from './fieldSpec';
import { useRefusal } from './useRefusal';

/** A boolean, committed on click. */
export function CheckboxField({ spec, value, onCommit }: FieldProps<Extract<FieldSpec, { control: 'checkbox' }>>) {
  const inputId = useId();
  const [refusal, report] = useRefusal(spec.path);
  const testId = fieldTestId(spec.path);
  return (
    <div className={`field field--checkbox${refusal ? ' has-error' : ''}`}>
      <label className="checkbox" htmlFor={inputId}>
        <input id={inputId} type="checkbox" checked={value === true} onChange={(event) => report(onCommit(spec.path, event.target.checked))} data-testid={testId} />
        <span>{spec.label}</span>
      </label>
      {refusal && (
        <p className="field__error" role="alert" data-testid={`${testId}.error`}>
          {refusal}
        </p>
      )}
    </div>
  );
}
