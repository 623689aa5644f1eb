import { formatClassCode, roomLinkUrl } from '../../collab';
import { useModalDialog } from '../useModalDialog';
import { QrCode } from './QrCode';

/** What the projector shows while students join: the code in large type, the link and its QR code. */
export function JoinCodeOverlay({ code, onClose }: { code: string; onClose: () => void }) {
  const dialog = useModalDialog(true);
  const link = roomLinkUrl(`${location.origin}${location.pathname}`, { kind: 'join', code });
  return (
    <dialog ref={dialog} className="files-dialog class-join-code" aria-labelledby="class-join-code-title" data-testid="class.joinCode" onClose={onClose}>
      <h2 id="class-join-code-title" className="class-join-code__title">
        Join the class
      </h2>
      <div className="class-join-code__body">
        <QrCode text={link} label={`QR code of the link ${link}`} testId="class.joinCode.qr" />
        <div className="class-join-code__text">
          <p>Open Meridian, choose Class, and type</p>
          <p className="class-join-code__code" data-testid="class.joinCode.code">
            {formatClassCode(code)}
          </p>
          <p>or open</p>
          <p className="class-join-code__link" data-testid="class.joinCode.link">
            {link}
          </p>
        </div>
      </div>
      <div className="files-dialog-actions">
        <button type="button" className="files-button files-button-primary" autoFocus onClick={() => dialog.current?.close()} data-testid="class.joinCode.close">
          Done
        </button>
      </div>
    </dialog>
  );
}
