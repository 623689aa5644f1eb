import { LogOut, Users } from 'lucide-react';
import { useState } from 'react';
import { togetherLinkOf, useTogether } from '../../collab';
import { CopyLinkField } from '../files/CopyLinkField';
import { ModalDialog } from '../../ui';
import { roomStatusText } from './roomStatusText';
import '../files/files.css';
import './together.css';

/** Starting a design-together room, or, in one: its link, who is here, and leaving. */
export function TogetherDialog() {
  const open = useTogether((state) => state.dialogOpen);
  const room = useTogether((state) => state.room);
  const roomState = useTogether((state) => state.roomState);
  const people = useTogether((state) => state.people);
  const savedName = useTogether((state) => state.savedName);
  const [name, setName] = useState(savedName);
  if (!open) return null;
  const link = room ? togetherLinkOf(room) : '';
  const start = (event: React.FormEvent) => {
    event.preventDefault();
    if (name.trim()) void useTogether.getState().start(name.trim());
  };
  return (
    <ModalDialog title="Design together" icon={Users} className="files-dialog together-dialog" testId="together.dialog" onClose={() => useTogether.getState().setDialogOpen(false)}>
      {(close) =>
        room ? (
          <>
            <p>Whoever opens this link edits this scenario with you, live (up to five people). Each browser computes its own results; undo undoes only your own edits.</p>
            <CopyLinkField key={link} url={link} label="Design-together link" testId="together.link" />
            <p className="together-dialog__status" role="status" data-testid="together.status" data-status={roomState?.status}>
              {roomStatusText(roomState, people.length)}
            </p>
            <ul className="together-dialog__people" aria-label="People here" data-testid="together.people">
              {people.map((person) => (
                <li key={person.clientId}>
                  <span className="together-avatar" style={{ backgroundColor: person.colour }} aria-hidden>
                    {person.name.slice(0, 1).toUpperCase()}
                  </span>
                  {person.name}
                  {person.isSelf && ' (you)'}
                </li>
              ))}
            </ul>
            <div className="files-dialog-actions together-dialog__actions">
              <button type="button" className="files-button" onClick={() => useTogether.getState().leave()} data-testid="together.leave">
                <LogOut size={14} aria-hidden="true" /> Leave
              </button>
              <button type="button" className="files-button files-button-primary" autoFocus onClick={close} data-testid="together.done">
                Done
              </button>
            </div>
          </>
        ) : (
          <form onSubmit={start}>
            <p>Share this tab with two to five people through the class relay: everyone edits the same scenario live and sees each other's pointers and selections. Your other tabs stay private.</p>
            <label className="together-dialog__name">
              Your name
              <input className="text-input" value={name} maxLength={60} required onChange={(event) => setName(event.target.value)} data-testid="together.name" />
            </label>
            <div className="files-dialog-actions together-dialog__actions">
              <button type="button" className="files-button" onClick={close}>
                Cancel
              </button>
              <button type="submit" className="files-button files-button-primary" disabled={!name.trim()} data-testid="together.start">
                Start
              </button>
            </div>
          </form>
        )
      }
    </ModalDialog>
  );
}
