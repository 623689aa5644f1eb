import { TriangleAlert } from 'lucide-react';
import { useModalDialog } from '../useModalDialog';
import { useImportFailure } from './useImportFailure';
import './files.css';

/** Enough to see the pattern of what is wrong without a wall of text; the rest is counted. */
const maxListedIssues = 20;

/**
 * Says why an import was refused, one `path: message` per problem. A modal <dialog> keeps focus
 * inside it, closes on Escape and gives focus back to where it was.
 */
export function ImportErrorDialog() {
  const failure = useImportFailure((state) => state.failure);
  const dismiss = useImportFailure((state) => state.dismissImportFailure);
  const dialog = useModalDialog(failure !== null);

  if (!failure) return null;
  const listed = failure.issues.slice(0, maxListedIssues);
  const unlisted = failure.issues.length - listed.length;

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby="files-error-title"
      aria-describedby="files-error-summary"
      className="files-dialog"
      data-testid="files.error-dialog"
      onClose={dismiss}
    >
      <h2 id="files-error-title" className="files-dialog-title">
        <TriangleAlert size={20} aria-hidden="true" />
        {failure.title ? (
          <span>{failure.title}</span>
        ) : (
          <span>
            Could not import <span className="files-file-name">{failure.fileName}</span>
          </span>
        )}
      </h2>
      <p id="files-error-summary">Nothing was changed: your current scenario is still open. {failure.source ?? 'The file'} has these problems:</p>
      <ul className="files-dialog-issues" data-testid="files.error-dialog.issues">
        {listed.map((issue, index) => (
          <li key={index}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
      {unlisted > 0 && <p className="files-dialog-more">and {unlisted} more</p>}
      <div className="files-dialog-actions">
        <button
          type="button"
          className="files-button files-button-primary"
          data-testid="files.error-dialog.close"
          autoFocus
          onClick={() => dialog.current?.close()}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
