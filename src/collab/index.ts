// joinRoom (Yjs and the relay client) is imported from './joinRoom' by the code that runs once a class
// or a room is wanted: re-exported here, it would be a static import of the first screen, which puts the
// module and its packages in the initial JavaScript even though only on-demand chunks call it.
export type { JoinRoomOptions, RoomConnection, RoomState, RoomStatus } from './joinRoom';
export { classCodeOf, formatClassCode, newClass, newDesignRoom, newSecret, normalizeClassCode, studentRoomOf } from './credentials';
export { parseRoomName, type RoomName, type RoomRole } from './roomAccess';
export { parseRoomLink, roomLinkFragment, roomLinkUrl, type RoomLink } from './roomLinks';
export { relayUrlFor } from './relayUrl';
export { togetherLinkOf, useTogether } from './together/useTogether';
export type { Person, Presence } from './together/presence';
