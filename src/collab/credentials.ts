import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
/**
 * The names and secrets of rooms on the relay. Everything a relay needs to check them is derived
 * from the secret by hashing, so a relay restart forgets nothing it needs and holds nothing to steal.
 *
 * - A class: the teacher keeps a 256-bit secret (in the teacher's link); the join code students type
 *   is the first 50 bits of its SHA-256, in Crockford base32 (10 characters, shown as `XXXXX-XXXXX`).
 *   Guessing a running class's code takes ~2^49 tries against a relay that refuses more than a few
 *   joins per second from one address; posing as its teacher needs a SHA-256 preimage of the code.
 * - A student's own room is `<code>/student-<26 characters>`: the hash of the student's own secret,
 *   so only that browser can write it, and the relay checks it without remembering anyone.
 * - A design-together room is `d-<128 random bits>`: whoever has the link may edit.
 */

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The join code's length in Crockford base32 characters (5 bits each). */
export const classCodeLength = 10;
const studentKeyLength = 26;
const secretBytes = 32;
const designIdBytes = 16;

function randomBytes(count: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Crockford base32 of the first `length × 5` bits of `bytes`. */
function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const bit = i * 5;
    const word = ((bytes[bit >> 3] ?? 0) << 8) | (bytes[(bit >> 3) + 1] ?? 0);
    out += crockford[(word >> (11 - (bit & 7))) & 31];
  }
  return out;
}

// Not crypto.subtle: it exists only on secure pages (https or localhost), and students open the class
// relay at http://<its LAN address>, where a class could then not be joined.
async function sha256(text: string): Promise<Uint8Array> {
  return Promise.resolve(nobleSha256(new TextEncoder().encode(text)));
}

/** A fresh 256-bit secret (43 URL-safe characters). */
export function newSecret(): string {
  return base64Url(randomBytes(secretBytes));
}

/** The join code of the class whose teacher holds `teacherSecret`. */
export async function classCodeOf(teacherSecret: string): Promise<string> {
  return base32(await sha256(`meridian-class:${teacherSecret}`), classCodeLength);
}

/** A new class: the teacher's secret (keep it in the teacher's link only) and the code to project. */
export async function newClass(): Promise<{ code: string; teacherSecret: string }> {
  const teacherSecret = newSecret();
  return { code: await classCodeOf(teacherSecret), teacherSecret };
}

/** The room only the student holding `studentSecret` may write, inside class `code`. */
export async function studentRoomOf(code: string, studentSecret: string): Promise<string> {
  return `${code}/student-${base32(await sha256(`meridian-student:${studentSecret}`), studentKeyLength)}`;
}

/** A new design-together room name: `d-` and 128 random bits. */
export function newDesignRoom(): string {
  return `d-${base64Url(randomBytes(designIdBytes))}`;
}

/**
 * A join code as a person typed it (any case, with spaces or dashes, O for 0, I or L for 1) in the
 * canonical form, or null when it cannot be one.
 */
export function normalizeClassCode(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replaceAll('O', '0')
    .replace(/[IL]/g, '1');
  return code.length === classCodeLength && [...code].every((c) => crockford.includes(c)) ? code : null;
}

/** The code as projected: two groups of five. */
export function formatClassCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
