import { useMeridianStore } from '../../store';
import { joinRoom, type RoomState } from '../joinRoom';
import { startDesignSession } from './designSession';
import { peopleOf, type Person, type Presence } from './presence';

export interface TogetherRoomCallbacks {
  onPeople: (people: Person[]) => void;
  onRoomState: (state: RoomState) => void;
  /** The shared tab, once known (at once when sharing, when the design arrives when joining). */
  onSharedTab: (tabId: string | null) => void;
  /** The shared tab was closed: the caller leaves. */
  onTabClosed: () => void;
}

export interface TogetherRoom {
  setCursor: (cursor: Presence['cursor']) => void;
  stop: () => void;
}

/**
 * Joins a design-together room and keeps this browser's presence (name, pointer, selection on the
 * shared tab) in it. Loaded on demand: the relay's client and Yjs stay out of the first load.
 */
export function openTogetherRoom(room: string, name: string, share: boolean, callbacks: TogetherRoomCallbacks): TogetherRoom {
  const store = useMeridianStore;
  const connection = joinRoom({ room, role: 'peer', name });
  const { awareness } = connection;
  const session = startDesignSession(connection, {
    share,
    onProblem: (message) => store.getState().showNotice('info', message),
    onTabClosed: callbacks.onTabClosed,
  });
  let presence: Presence = { name, cursor: null, selection: [] };
  const publish = (next: Partial<Presence>) => {
    presence = { ...presence, ...next };
    awareness.setLocalStateField('presence', presence);
  };
  publish({});

  const onPeople = () => callbacks.onPeople(peopleOf(awareness));
  awareness.on('change', onPeople);
  const unsubscribeRoom = connection.subscribe(() => callbacks.onRoomState(connection.state()));
  let sharedTabId = session.tabId();
  const unsubscribeStore = store.subscribe((state, previous) => {
    if (sharedTabId !== session.tabId()) callbacks.onSharedTab((sharedTabId = session.tabId()));
    if (state.selection === previous.selection && state.activeTabId === previous.activeTabId) return;
    publish({ selection: state.activeTabId === sharedTabId ? state.selection : [] });
  });
  callbacks.onRoomState(connection.state());
  callbacks.onSharedTab(sharedTabId);
  onPeople();

  return {
    setCursor: (cursor) => publish({ cursor }),
    stop: () => {
      awareness.off('change', onPeople);
      unsubscribeRoom();
      unsubscribeStore();
      session.leave();
    },
  };
}
