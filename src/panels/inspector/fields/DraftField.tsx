import { useId, useState, type KeyboardEvent } from 'react';
import { fieldTestId, type CommitField } from './fieldProps';
import { FieldShell } from './FieldShell';
import type { FieldSpec } from './fieldSpec';
import type { Parsed } from './fieldValue';
import { useRefusal } from './useRefusal';

interface DraftFieldProps {
  spec: FieldSpec;
  /** The model's value, as text. */
  committedText: string;
  parse: (text: string) => Parsed;
  format: (value: unknown) => string;
  onCommit: CommitField;
  unit?: string | undefined;
  numeric?: boolean;
  multiline?: boolean;
}

/**
 * A typed field that keeps what is being typed as a draft: each keystroke is checked against the
 * field's schema and an invalid draft shows its error without touching the model. The draft is
 * committed once, on Enter or when the field loses focus, so one edit is one undo step.
 */
export function DraftField({ spec, committedText, parse, format, onCommit, unit, numeric = false, multiline = false }: DraftFieldProps) {
  const inputId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, report] = useRefusal(spec.path);
  const parsed = draft === null ? null : parse(draft);
  const error = parsed && !parsed.ok ? parsed.error : refusal;
  const testId = fieldTestId(spec.path);

  const commit = () => {
    if (draft === null || !parsed?.ok) return;
    if (format(parsed.value) === committedText) {
      setDraft(null);
      return;
    }
    if (report(onCommit(spec.path, parsed.value))) setDraft(null);
  };

  const edit = (text: string) => {
    setDraft(text);
    report(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !multiline) commit();
    if (event.key === 'Escape') {
      setDraft(null);
      report(null);
    }
  };

  const common = {
    id: inputId,
    className: 'text-input',
    value: draft ?? committedText,
    'aria-invalid': error !== null,
    'data-testid': testId,
    onBlur: commit,
    onKeyDown,
  };
  return (
    <FieldShell inputId={inputId} label={spec.label} unit={unit} hint={spec.hint} error={error} testId={testId}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => edit(event.target.value)} />
      ) : (
        <input {...common} inputMode={numeric ? 'decimal' : undefined} onChange={(event) => edit(event.target.value)} />
      )}
    </FieldShell>
  );
}
