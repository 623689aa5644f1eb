import type { RoomState } from '../../collab';

/** The room's connection in words, for the toolbar and the dialog. */
export function roomStatusText(state: RoomState | null, people: number): string {
  if (!state) return 'Not connected';
  if (state.status === 'refused') return `The relay refused: ${state.refusal ?? 'no reason given'}`;
  if (state.status === 'offline') return 'Offline: your edits are kept here and sent when the relay is back';
  if (state.status === 'connecting') return 'Connecting to the relay…';
  return people === 1 ? 'Online: only you so far' : `Online: ${people} people`;
}
