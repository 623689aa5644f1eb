import type { JoinRoomOptions, RoomConnection } from '../collab';

/** Joins a room on the relay: `joinRoom` in the browser; with a WebSocket polyfill and relay address in Node. */
export type JoinRoom = (options: JoinRoomOptions) => RoomConnection;

/** A set of listeners called on every change of what a class session shows. */
export function createListeners(): { add: (listener: () => void) => () => void; notify: () => void } {
  const listeners = new Set<() => void>();
  return {
    add: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify: () => listeners.forEach((listener) => listener()),
  };
}
