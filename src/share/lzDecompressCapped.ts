/** lz-string's URI-safe alphabet: six bits per character. */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const valueOf = new Map(Array.from(alphabet, (character, value) => [character, value]));

export type LzResult = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'damaged'; decodedChars: number };

/**
 * lz-string's `decompressFromEncodedURIComponent` (lz-string 1.5, MIT, © pieroxy), rewritten to
 * stop once more than `maxChars` have come out. lz-string's dictionary entries grow by one
 * character a token, so its output grows with the square of the input: a 70 000-character link
 * can decode to 450 million characters, and the library gives no way to stop it midway.
 */
export function lzDecompressCapped(encoded: string, maxChars: number): LzResult {
  const input = encoded.replaceAll(' ', '+');
  const charValue = (at: number) => valueOf.get(input.charAt(at)) ?? 0;
  // As lz-string does: the next character is loaded as soon as the last bit of one is read.
  let value = charValue(0);
  let position = 32;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << count; power <<= 1) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = charValue(index++);
      }
      if (bit) bits |= power;
    }
    return bits;
  };
  const damaged = (decodedChars: number): LzResult => ({ ok: false, reason: 'damaged', decodedChars });
  const literal = (code: number) => String.fromCharCode(readBits(code === 0 ? 8 : 16));

  if (input === '') return damaged(0);
  const first = readBits(2);
  if (first === 2) return damaged(0);
  // Codes 0–2 are markers (8-bit literal, 16-bit literal, end), never dictionary entries.
  const dictionary: string[] = ['', '', ''];
  let w = literal(first);
  dictionary.push(w);
  const parts = [w];
  let decodedChars = w.length;
  let numBits = 3;
  let enlargeIn = 4;
  const grow = () => {
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  };
  for (;;) {
    if (index > input.length) return damaged(decodedChars);
    let code = readBits(numBits);
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code < 2) {
      dictionary.push(literal(code));
      code = dictionary.length - 1;
      grow();
    }
    const entry = code < dictionary.length ? dictionary[code] : code === dictionary.length ? w + w.charAt(0) : undefined;
    if (entry === undefined) return damaged(decodedChars);
    decodedChars += entry.length;
    if (decodedChars > maxChars) return { ok: false, reason: 'tooLarge', decodedChars };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    grow();
    w = entry;
  }
}
