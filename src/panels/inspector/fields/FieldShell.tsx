import type { ReactNode } from 'react';

interface FieldShellProps {
  inputId: string;
  label: string;
  unit?: string | undefined;
  hint?: string | undefined;
  error: string | null;
  testId: string;
  children: ReactNode;
}

/** Label, control with its unit, and the inline error (or hint) under it. */
export function FieldShell({ inputId, label, unit, hint, error, testId, children }: FieldShellProps) {
  const messageId = `${inputId}-message`;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <div className="field__control" aria-describedby={error || hint ? messageId : undefined}>
        {children}
        {unit && <span className="field__unit">{unit}</span>}
      </div>
      {error ? (
        <p className="field__error" id={messageId} role="alert" data-testid={`${testId}.error`}>
          {error}
        </p>
      ) : (
        hint && (
          <p className="field__hint" id={messageId}>
            {hint}
          </p>
        )
      )}
    </div>
  );
}
