import { normalizeClassCode } from './credentials';
import { parseRoomName } from './roomAccess';

/**
 * The links that open a room, as URL fragments (never sent to any server, like the share links'
 * `#s2=`): `#teach=<teacher secret>`, `#join=<class code>`, `#together=<design room>`.
 */
export type RoomLink = { kind: 'teach'; teacherSecret: string } | { kind: 'join'; code: string } | { kind: 'together'; room: string };

const secretPattern = /^[A-Za-z0-9_-]{32,100}$/;

/** The fragment of `link` (starting with `#`). */
export function roomLinkFragment(link: RoomLink): string {
  if (link.kind === 'teach') return `#teach=${link.teacherSecret}`;
  if (link.kind === 'join') return `#join=${link.code}`;
  return `#together=${link.room}`;
}

/** The full address: the app's origin and path, and the fragment. */
export function roomLinkUrl(appUrl: string, link: RoomLink): string {
  return `${appUrl.replace(/#.*$/, '')}${roomLinkFragment(link)}`;
}

/** Reads a location hash; null when it is no room link (or a malformed one). */
export function parseRoomLink(hash: string): RoomLink | null {
  const [, kind, value] = /^#(teach|join|together)=(.+)$/.exec(hash) ?? [];
  if (!value) return null;
  if (kind === 'teach') return secretPattern.test(value) ? { kind, teacherSecret: value } : null;
  if (kind === 'join') {
    const code = normalizeClassCode(decodeURIComponent(value));
    return code ? { kind, code } : null;
  }
  return parseRoomName(value)?.kind === 'design' ? { kind: 'together', room: value } : null;
}

