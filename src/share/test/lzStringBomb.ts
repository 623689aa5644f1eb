const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A hostile lz-string link written token by token, as lz-string's encoder would write a long run of
 * spaces: one literal, then `tokens` references to the newest dictionary entry, each one character
 * longer than the last, so `tokens` ≈ 30 000 (a 70 000-character link) unpacks to ~450 million
 * characters. Built directly because lz-string's own encoder takes minutes on such input.
 */
export function lzStringRunBomb(tokens: number): { encoded: string; decodedChars: number } {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i += 1) bits.push((value >> i) & 1);
  };
  write(0, 2); // an 8-bit literal…
  write(0x20, 8); // …a space
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let decodedChars = 1;
  for (let token = 0; token < tokens; token += 1) {
    write(dictSize, numBits); // the entry about to be made: the last output plus its first character
    decodedChars += token + 2;
    dictSize += 1;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
  write(2, numBits); // end of stream
  let encoded = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j += 1) value = (value << 1) | (bits[i + j] ?? 0);
    encoded += alphabet[value];
  }
  return { encoded: `${encoded}A`, decodedChars };
}
