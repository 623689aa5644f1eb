import { Link2 } from 'lucide-react';
import { maxChatLinkLength } from '../../share';
import { CopyLinkField } from '../files/CopyLinkField';
import { ModalDialog, ModalDialogDone } from '../../ui';
import { useShareState } from './useShareState';
import '../files/files.css';
import './share.css';

/** The link just made: copied already when the browser allowed it, else ready to copy by hand. */
export function ShareLinkDialog() {
  const outgoing = useShareState((state) => state.outgoing);
  if (!outgoing) return null;
  return (
    <ModalDialog title="Share link" icon={Link2} className="files-dialog share-dialog" testId="share.link" onClose={() => useShareState.getState().setOutgoing(null)}>
      {(close) => (
        <>
          <p>
            Whoever opens this link gets {outgoing.what}. Nothing is uploaded: the whole document travels inside the link ({outgoing.url.length.toLocaleString('en-US')} of at most {maxChatLinkLength.toLocaleString('en-US')} characters).
          </p>
          <CopyLinkField key={outgoing.url} url={outgoing.url} label="Share link" testId="share.link" copiedAlready={outgoing.copied} />
          <ModalDialogDone label="Done" testId="share.link.close" onDone={close} />
        </>
      )}
    </ModalDialog>
  );
}
