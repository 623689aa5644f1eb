import { TriangleAlert } from 'lucide-react';
import { ModalDialog, ModalDialogDone } from '../../ui';
import { useImportFailure } from './useImportFailure';
import './files.css';

/** Enough to see the pattern of what is wrong without a wall of text; the rest is counted. */
const maxListedIssues = 20;

/**
 * Says why an import was refused, one `path: message` per problem, in the app's modal dialog shell.
 */
export function ImportErrorDialog() {
  const failure = useImportFailure((state) => state.failure);
  const dismiss = useImportFailure((state) => state.dismissImportFailure);

  if (!failure) return null;
  const listed = failure.issues.slice(0, maxListedIssues);
  const unlisted = failure.issues.length - listed.length;

  const title = failure.title ? (
    failure.title
  ) : (
    <>
      Could not import <span className="files-file-name">{failure.fileName}</span>
    </>
  );

  return (
    <ModalDialog title={title} icon={TriangleAlert} role="alertdialog" describedBy="files-error-summary" className="files-dialog" testId="files.error-dialog" onClose={dismiss}>
      {(close) => (
        <>
          <p id="files-error-summary">Nothing was changed: your current scenario is still open. {failure.source ?? 'The file'} has these problems:</p>
          <ul className="files-dialog-issues" data-testid="files.error-dialog.issues">
            {listed.map((issue, index) => (
              <li key={index}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
          {unlisted > 0 && <p className="files-dialog-more">and {unlisted} more</p>}
          <ModalDialogDone label="Close" testId="files.error-dialog.close" onDone={close} />
        </>
      )}
    </ModalDialog>
  );
}
