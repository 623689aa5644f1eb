import type { RoomStatus } from '../../collab';

const statusText: Record<RoomStatus, string> = {
  connecting: 'Connecting…',
  online: 'Online',
  offline: 'Offline: your work is kept here and sent when the relay is back',
  refused: 'Refused by the relay',
};

/** The connection to the class relay, as a dot and a short word (the whole sentence in the title). */
export function ClassStatus({ status }: { status: RoomStatus }) {
  return (
    <span className={`class-status class-status--${status}`} title={statusText[status]} role="status" data-testid="class.status" data-status={status}>
      <span className="class-status__dot" aria-hidden /> {status === 'offline' ? 'Offline' : statusText[status]}
    </span>
  );
}
