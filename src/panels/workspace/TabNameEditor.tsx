import { useState, type KeyboardEvent } from 'react';

interface TabNameEditorProps {
  name: string;
  /** The new name, or null when the person cancelled (Escape). */
  onDone: (name: string | null) => void;
}

/** An inline text field over a tab's name: Enter or leaving it renames, Escape cancels. */
export function TabNameEditor({ name, onDone }: TabNameEditorProps) {
  const [draft, setDraft] = useState(name);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') onDone(draft);
    if (event.key === 'Escape') onDone(null);
  };
  return (
    <input
      className="scenario-tab__input"
      aria-label="Scenario name"
      data-testid="workspace.rename"
      value={draft}
      maxLength={120}
      autoFocus
      onChange={(event) => setDraft(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onDone(draft)}
    />
  );
}
