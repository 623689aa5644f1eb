import { create } from 'zustand';
import { newDesignRoom } from '../credentials';
import type { RoomState } from '../joinRoom';
import { roomLinkUrl } from '../roomLinks';
import type { TogetherRoom } from './openTogetherRoom';
import type { Person, Presence } from './presence';

const nameKey = 'meridian:displayName';

interface TogetherState {
  /** The room this browser designs in, or null. */
  room: string | null;
  roomState: RoomState | null;
  /** The tab whose design is shared (null until a joined room's design has arrived). */
  sharedTabId: string | null;
  people: Person[];
  /** A room from a `#together=` link, waiting for the person to give a name and join. */
  invitation: string | null;
  dialogOpen: boolean;
  /** The name last used, remembered in this browser. */
  savedName: string;
  /** Shares the active tab in a new room. */
  start: (name: string) => Promise<void>;
  /** Opens a room's design in a new tab. */
  join: (room: string, name: string) => Promise<void>;
  leave: () => void;
  invite: (room: string | null) => void;
  setDialogOpen: (open: boolean) => void;
  /** This browser's pointer on the canvas (canvas coordinates), or null when it left the canvas. */
  setCursor: (cursor: Presence['cursor']) => void;
}

let current: TogetherRoom | null = null;
/** Counts joins, so a join still loading when another starts (or the person leaves) is dropped. */
let joinSerial = 0;

function storage<T>(access: (storage: Storage) => T, fallback: T): T {
  try {
    return access(localStorage);
  } catch {
    return fallback; // private windows may refuse storage: the name is asked again next time
  }
}

/** The link that brings others into `room`, on this page's own address. */
export const togetherLinkOf = (room: string): string => roomLinkUrl(location.href, { kind: 'together', room });

/** The design-together session of this browser tab: one room at a time. */
export const useTogether = create<TogetherState>()((set, get) => {
  const connect = async (room: string, name: string, share: boolean) => {
    get().leave();
    storage((s) => s.setItem(nameKey, name), undefined);
    const serial = ++joinSerial;
    const { openTogetherRoom } = await import('./openTogetherRoom');
    if (serial !== joinSerial) return;
    set({ room, invitation: null, savedName: name });
    current = openTogetherRoom(room, name, share, {
      onPeople: (people) => set({ people }),
      onRoomState: (roomState) => set({ roomState }),
      onSharedTab: (sharedTabId) => set({ sharedTabId }),
      onTabClosed: () => get().leave(),
    });
  };

  return {
    room: null,
    roomState: null,
    sharedTabId: null,
    people: [],
    invitation: null,
    dialogOpen: false,
    savedName: storage((s) => s.getItem(nameKey) ?? '', ''),
    start: async (name) => {
      await connect(newDesignRoom(), name, true);
      set({ dialogOpen: true });
    },
    join: (room, name) => connect(room, name, false),
    leave: () => {
      joinSerial += 1;
      const leaving = current;
      current = null;
      leaving?.stop();
      if (get().room) set({ room: null, roomState: null, sharedTabId: null, people: [], dialogOpen: false });
    },
    invite: (room) => set({ invitation: room }),
    setDialogOpen: (open) => set({ dialogOpen: open }),
    setCursor: (cursor) => current?.setCursor(cursor),
  };
});
