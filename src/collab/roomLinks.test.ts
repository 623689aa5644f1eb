import { describe, expect, it } from 'vitest';
import { newDesignRoom, newSecret } from './credentials';
import { parseRoomLink, roomLinkUrl, type RoomLink } from './roomLinks';

describe('room links', () => {
  it('round-trips every kind of link through its URL', () => {
    const links: RoomLink[] = [{ kind: 'teach', teacherSecret: newSecret() }, { kind: 'join', code: 'ABCDE12345' }, { kind: 'together', room: newDesignRoom() }];
    for (const link of links) expect(parseRoomLink(new URL(roomLinkUrl('http://10.0.0.5:5199/#old', link)).hash)).toEqual(link);
  });

  it('reads a typed code in a join link and ignores anything else', () => {
    expect(parseRoomLink('#join=abcde-12345')).toEqual({ kind: 'join', code: 'ABCDE12345' });
    for (const hash of ['', '#s2=abc', '#join=nope', '#teach=short', '#together=ABCDE12345', '#together=d-x']) expect(parseRoomLink(hash)).toBeNull();
  });
});
