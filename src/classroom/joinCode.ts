/**
 * Join codes people read off a projector and type: no 0/O, 1/I/L or U, so nothing is misread.
 * Eight of these 30 characters give 30^8 ≈ 6.6 × 10^11 codes: the relay's rate limit turns guessing
 * one into centuries (issue #19.5), while a class still types it in a few seconds.
 */
const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const joinCodeLength = 8;

/** A fresh join code from the browser's (or Node's) cryptographic random source, shown as `ABCD-EFGH`. */
export function createJoinCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  // Rejection sampling keeps every character equally likely (256 is not a multiple of the alphabet).
  const limit = 256 - (256 % alphabet.length);
  let code = '';
  while (code.length < joinCodeLength) {
    for (const byte of random(new Uint8Array(joinCodeLength))) {
      if (byte < limit && code.length < joinCodeLength) code += alphabet[byte % alphabet.length];
    }
  }
  return formatJoinCode(code);
}

/** `ABCD-EFGH`: two groups of four are easier to read aloud and to type. */
function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed (any case, spaces or dashes) as a join code, or null when it cannot be one. */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== joinCodeLength || [...code].some((character) => !alphabet.includes(character))) return null;
  return formatJoinCode(code);
}
