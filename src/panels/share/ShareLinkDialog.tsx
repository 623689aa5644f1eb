import { Link2 } from 'lucide-react';
import { maxChatLinkLength } from '../../share';
import { CopyLinkField } from '../files/CopyLinkField';
import { useModalDialog } from '../useModalDialog';
import { useShareState } from './useShareState';
import '../files/files.css';
import './share.css';

/** The link just made: copied already when the browser allowed it, else ready to copy by hand. */
export function ShareLinkDialog() {
  const outgoing = useShareState((state) => state.outgoing);
  const dialog = useModalDialog(outgoing !== null);
  if (!outgoing) return null;
  return (
    <dialog ref={dialog} className="files-dialog share-dialog" aria-labelledby="share-link-title" data-testid="share.link" onClose={() => useShareState.getState().setOutgoing(null)}>
      <h2 id="share-link-title" className="files-dialog-title">
        <Link2 size={20} aria-hidden="true" />
        <span>Share link</span>
      </h2>
      <p>
        Whoever opens this link gets {outgoing.what}. Nothing is uploaded: the whole document travels inside the link ({outgoing.url.length.toLocaleString('en-US')} of at most {maxChatLinkLength.toLocaleString('en-US')} characters).
      </p>
      <CopyLinkField key={outgoing.url} url={outgoing.url} label="Share link" testId="share.link" copiedAlready={outgoing.copied} />
      <div className="files-dialog-actions">
        <button type="button" className="files-button files-button-primary" autoFocus onClick={() => dialog.current?.close()} data-testid="share.link.close">
          Done
        </button>
      </div>
    </dialog>
  );
}
