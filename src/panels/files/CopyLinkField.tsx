import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import './files.css';

interface CopyLinkFieldProps {
  url: string;
  /** What the link is, for screen readers ("Share link"). */
  label: string;
  /** Test ids: `<testId>.url` (the field), `.copy` (the button) and `.status`. */
  testId: string;
  /** The link was put on the clipboard already, when it was made. */
  copiedAlready?: boolean;
}

/**
 * A link to hand on: the whole of it in a read-only field (selected on focus, to copy by hand), a Copy
 * button, and a status line that says once it is on the clipboard. The share and design-together
 * dialogs show their links with it.
 */
export function CopyLinkField({ url, label, testId, copiedAlready = false }: CopyLinkFieldProps) {
  const [copied, setCopied] = useState(copiedAlready);
  // Only a browser that refuses the clipboard fails: the field stays there to copy by hand.
  const copy = () => void navigator.clipboard.writeText(url).then(() => setCopied(true), () => undefined);
  return (
    <div className="copy-link-field">
      <div className="copy-link-field__row">
        <input className="text-input copy-link-field__url" readOnly value={url} aria-label={label} data-testid={`${testId}.url`} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="files-button" onClick={copy} data-testid={`${testId}.copy`}>
          <Copy size={14} aria-hidden="true" /> Copy
        </button>
      </div>
      <p className="copy-link-field__status" role="status" data-testid={`${testId}.status`}>
        {copied && (
          <>
            <Check size={14} aria-hidden="true" /> Copied to the clipboard
          </>
        )}
      </p>
    </div>
  );
}
