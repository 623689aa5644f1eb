import { formatClassCode, roomLinkUrl } from '../../collab';
import { ModalDialog, ModalDialogDone } from '../../ui';
import { QrCode } from './QrCode';

/** What the projector shows while students join: the code in large type, the link and its QR code. */
export function JoinCodeOverlay({ code, onClose }: { code: string; onClose: () => void }) {
  const link = roomLinkUrl(`${location.origin}${location.pathname}`, { kind: 'join', code });
  return (
    <ModalDialog title="Join the class" className="files-dialog class-join-code" titleClassName="class-join-code__title" testId="class.joinCode" onClose={onClose}>
      {(close) => (
        <>
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
          <ModalDialogDone label="Done" testId="class.joinCode.close" onDone={close} />
        </>
      )}
    </ModalDialog>
  );
}
