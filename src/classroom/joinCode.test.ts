import { describe, expect, it } from 'vitest';
import { createJoinCode, joinCodeLength, normalizeJoinCode } from './joinCode';

describe('join codes', () => {
  it('are eight unambiguous characters in two groups', () => {
    const code = createJoinCode();
    expect(code).toMatch(/^[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}$/);
    expect(code.replace('-', '')).toHaveLength(joinCodeLength);
  });

  it('skip random bytes that would bias the alphabet', () => {
    // 255 is above 240 (the largest multiple of 30 to fit a byte), so it is dropped; bytes past the eighth are unused; 0 and 29 map to the ends of the alphabet.
    const streams = [[255, 0, 29, 255, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12, 13]];
    const random = (bytes: Uint8Array<ArrayBuffer>) => {
      bytes.set((streams.shift() ?? []).slice(0, bytes.length));
      return bytes;
    };
    expect(createJoinCode(random)).toBe('A9BC-DEGH');
  });

  it('read what people type, in any case and spacing', () => {
    expect(normalizeJoinCode(' abcd efgh ')).toBe('ABCD-EFGH');
    expect(normalizeJoinCode('ABCD-EFGH')).toBe('ABCD-EFGH');
  });

  it('refuse codes with misreadable or missing characters', () => {
    expect(normalizeJoinCode('ABCD-EFG0')).toBeNull();
    expect(normalizeJoinCode('ABC')).toBeNull();
  });
});
