import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readRefusal } from './relayRefusal';
import type { RoomRole, RoomToken } from './roomAccess';
import { relayUrlFor } from './relayUrl';

/** `connecting` until the relay answers; `online` once synced; `offline` while retrying; `refused` for good. */
export type RoomStatus = 'connecting' | 'online' | 'offline' | 'refused';

export interface RoomState {
  status: RoomStatus;
  /** True when the relay lets this client read but not write the room (a student in the class room). */
  readOnly: boolean;
  /** Why the relay refused or closed this client, to show as is; null unless `status` is `refused`. */
  refusal: string | null;
}

export interface RoomConnection {
  room: string;
  /** The room's document: edits made here reach everyone; theirs arrive here. Survives reconnections. */
  doc: Y.Doc;
  /** Presence: set your own fields with `awareness.setLocalStateField`; validate everyone else's. */
  awareness: Awareness;
  state: () => RoomState;
  /** Calls `listener` on every change of `state()`; returns the unsubscribe (fits useSyncExternalStore). */
  subscribe: (listener: () => void) => () => void;
  /** Resolves once the room is first synced with the relay (never, if refused). */
  synced: Promise<void>;
  /** Leaves the room: closes the socket; `doc` stays usable locally. */
  destroy: () => void;
}

export interface JoinRoomOptions {
  room: string;
  role: RoomRole;
  /** Shown to the others (presence, roster). */
  name: string;
  /** The teacher's secret in a class, a student's own secret for their room; none to design together. */
  secret?: string;
  /** A document to keep across joins (local-first: what was edited offline is synced on joining). */
  doc?: Y.Doc;
  /** Defaults to /relay on the page's own origin. */
  relayUrl?: string;
  /** For Node clients (benchmarks) without a global WebSocket, e.g. the `ws` package's. */
  WebSocketPolyfill?: unknown;
}

/**
 * Joins a room on the relay. Reconnects by itself after a dropped connection or a relay restart and
 * re-syncs both ways, so nothing edited meanwhile is lost. What arrives in `doc` is untrusted: read
 * it through the schema (see src/collab/README.md).
 */
export function joinRoom(options: JoinRoomOptions): RoomConnection {
  const doc = options.doc ?? new Y.Doc();
  const token: RoomToken = { role: options.role, name: options.name, ...(options.secret ? { secret: options.secret } : {}) };
  const socket = new HocuspocusProviderWebsocket({
    url: options.relayUrl ?? relayUrlFor(location),
    // Retry soon after the relay comes back (a restart mid-class), but never more than every 4 s.
    delay: 300,
    minDelay: 300,
    factor: 1.5,
    maxDelay: 4000,
    maxAttempts: 0,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: options.room, document: doc, token: JSON.stringify(token) });
  provider.attach(); // a provider given its socket waits to be attached to it
  let state: RoomState = { status: 'connecting', readOnly: false, refusal: null };
  const listeners = new Set<() => void>();
  const update = (next: Partial<RoomState>) => {
    if (state.status === 'refused') return;
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };
  const refuse = (text: string) => {
    update({ status: 'refused', refusal: text });
    socket.disconnect();
  };

  let markSynced = () => {};
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  provider.on('authenticated', ({ scope }: { scope: string }) => update({ readOnly: scope === 'readonly' }));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => refuse(readRefusal(reason) ?? reason));
  provider.on('synced', ({ state: isSynced }: { state: boolean }) => {
    if (!isSynced) return;
    update({ status: 'online' });
    markSynced();
  });
  provider.on('close', ({ event }: { event: { reason?: string } }) => {
    const refusal = readRefusal(event.reason ?? '');
    if (refusal) refuse(refusal);
  });
  socket.on('status', ({ status }: { status: string }) => {
    if (status === 'disconnected') update({ status: 'offline' });
    else if (status === 'connecting' && state.status !== 'online') update({ status: state.status === 'offline' ? 'offline' : 'connecting' });
  });

  return {
    room: options.room,
    doc,
    awareness: provider.awareness!,
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
      listeners.clear();
    },
  };
}
