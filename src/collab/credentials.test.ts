import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classCodeLength, classCodeOf, formatClassCode, newClass, newDesignRoom, newSecret, normalizeClassCode, studentRoomOf } from './credentials';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The reference: the first 50 bits of SHA-256 written as a binary string, cut in fives. */
function referenceCode(secret: string): string {
  const bits = [...createHash('sha256').update(`meridian-class:${secret}`).digest()].map((byte) => byte.toString(2).padStart(8, '0')).join('');
  return Array.from({ length: classCodeLength }, (_, i) => crockford[parseInt(bits.slice(i * 5, i * 5 + 5), 2)]).join('');
}

describe('class credentials', () => {
  it('derives the join code from the first 50 bits of the teacher secret’s SHA-256', async () => {
    for (const secret of ['a'.repeat(43), newSecret(), newSecret()]) expect(await classCodeOf(secret)).toBe(referenceCode(secret));
  });

  it('makes fresh 256-bit secrets and matching codes', async () => {
    const { code, teacherSecret } = await newClass();
    expect(teacherSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(code).toBe(await classCodeOf(teacherSecret));
    expect(new Set(Array.from({ length: 50 }, newSecret)).size).toBe(50);
  });

  it("names a student's room by their secret, differently for each secret", async () => {
    const secret = newSecret();
    expect(await studentRoomOf('ABCDE12345', secret)).toMatch(/^ABCDE12345\/student-[0-9A-Z]{26}$/);
    expect(await studentRoomOf('ABCDE12345', secret)).toBe(await studentRoomOf('ABCDE12345', secret));
    expect(await studentRoomOf('ABCDE12345', newSecret())).not.toBe(await studentRoomOf('ABCDE12345', secret));
  });

  it('reads a code however it was typed, and refuses what cannot be one', () => {
    expect(normalizeClassCode(' abcde-12345 ')).toBe('ABCDE12345');
    expect(normalizeClassCode('oIl00-11111')).toBe('01100' + '11111');
    expect(normalizeClassCode('ABCDE-1234')).toBeNull();
    expect(normalizeClassCode('ABCDE-1234U')).toBeNull();
    expect(formatClassCode('ABCDE12345')).toBe('ABCDE-12345');
  });

  it('makes design rooms of 128 random bits', () => {
    expect(newDesignRoom()).toMatch(/^d-[A-Za-z0-9_-]{22}$/);
    expect(newDesignRoom()).not.toBe(newDesignRoom());
  });
});
