import { Users } from 'lucide-react';
import { useEffect, useState } from 'react';
import { parseRoomLink, useTogether } from '../../collab';
import { ModalDialog } from '../../ui';
import '../files/files.css';
import './together.css';

/** Takes a `#together=` link out of the address bar (so a reload does not join twice) and keeps the room for the invitation. */
function readInvitation(): void {
  const link = parseRoomLink(window.location.hash);
  if (link?.kind !== 'together') return;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  useTogether.getState().invite(link.room);
}

/** Opening a design-together link: the person gives a name, and the shared design opens in a new tab. */
export function TogetherInvitation() {
  const invitation = useTogether((state) => state.invitation);
  const savedName = useTogether((state) => state.savedName);
  const [name, setName] = useState(savedName);
  useEffect(() => {
    readInvitation();
    window.addEventListener('hashchange', readInvitation);
    return () => window.removeEventListener('hashchange', readInvitation);
  }, []);
  if (!invitation) return null;
  const join = (event: React.FormEvent) => {
    event.preventDefault();
    if (name.trim()) void useTogether.getState().join(invitation, name.trim());
  };
  return (
    <ModalDialog title="Join a shared design" icon={Users} className="files-dialog together-dialog" testId="together.invitation" onClose={() => useTogether.getState().invite(null)}>
      {(close) => (
        <form onSubmit={join}>
          <p>Someone invited you to design a scenario together. It opens in a new tab; your own tabs stay as they are.</p>
          <label className="together-dialog__name">
            Your name
            <input className="text-input" value={name} maxLength={60} required autoFocus onChange={(event) => setName(event.target.value)} data-testid="together.invitation.name" />
          </label>
          <div className="files-dialog-actions together-dialog__actions">
            <button type="button" className="files-button" onClick={close}>
              Not now
            </button>
            <button type="submit" className="files-button files-button-primary" disabled={!name.trim()} data-testid="together.invitation.join">
              Join
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
