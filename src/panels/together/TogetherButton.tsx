import { Users } from 'lucide-react';
import { useTogether } from '../../collab';
import { roomStatusText } from './roomStatusText';
import './together.css';

/** "Design together" in the toolbar; once in a room, who is here and whether the relay is reachable. */
export function TogetherButton() {
  const room = useTogether((state) => state.room);
  const roomState = useTogether((state) => state.roomState);
  const people = useTogether((state) => state.people);
  const status = roomState?.status ?? 'connecting';
  const title = room ? roomStatusText(roomState, people.length) : 'Design together: edit this scenario live with others';
  return (
    <button type="button" className={`button ${room ? 'button--primary' : 'button--ghost'} together-button`} onClick={() => useTogether.getState().setDialogOpen(true)} title={title} aria-label="Design together" data-testid="together.open" data-status={room ? status : 'none'} data-people={people.length}>
      <Users size={15} aria-hidden /> <span className="toolbar-primary-label">Together</span>
      {room && (
        <span className="together-button__people" aria-hidden>
          <span className={`together-status together-status--${status}`} />
          {people.slice(0, 5).map((person) => (
            <span key={person.clientId} className="together-avatar" style={{ backgroundColor: person.colour }}>
              {person.name.slice(0, 1).toUpperCase()}
            </span>
          ))}
        </span>
      )}
    </button>
  );
}
