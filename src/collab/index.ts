export { joinRoom, type JoinRoomOptions, type RoomConnection, type RoomState, type RoomStatus } from './joinRoom';
export { classCodeOf, formatClassCode, newClass, newDesignRoom, newSecret, normalizeClassCode, studentRoomOf } from './credentials';
export { parseRoomName, type RoomName, type RoomRole } from './roomAccess';
export { parseRoomLink, roomLinkFragment, roomLinkUrl, type RoomLink } from './roomLinks';
export { relayUrlFor } from './relayUrl';
export { togetherLinkOf, useTogether } from './together/useTogether';
export type { Person, Presence } from './together/presence';
