import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import { lzDecompressCapped } from './lzDecompressCapped';
import { lzStringRunBomb } from './test/lzStringBomb';

describe('lzDecompressCapped', () => {
  it('decodes exactly what lz-string decodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const encoded = LZString.compressToEncodedURIComponent(text);
        const expected = LZString.decompressFromEncodedURIComponent(encoded);
        const decoded = lzDecompressCapped(encoded, 10_000);
        expect(decoded.ok ? decoded.text : null).toBe(expected || null);
      }),
      { numRuns: 40 },
    );
    const json = JSON.stringify(createExampleScenario());
    expect(lzDecompressCapped(LZString.compressToEncodedURIComponent(json), json.length)).toEqual({ ok: true, text: json });
    // A generous timeout: this is about equality, and the machine may be shared.
  }, 30_000);

  it('stops a link whose output grows with the square of its length at the cap', () => {
    // lz-string's dictionary grows one character a token: 40 000 spaces take ~300 tokens.
    const bomb = LZString.compressToEncodedURIComponent(' '.repeat(40_000));
    expect(bomb.length).toBeLessThan(500);
    expect(lzDecompressCapped(bomb, 40_000)).toEqual({ ok: true, text: ' '.repeat(40_000) });
    const stopped = lzDecompressCapped(bomb, 10_000);
    expect(stopped).toMatchObject({ ok: false, reason: 'tooLarge' });
    // It stops within one token (≤ ~300 characters) past the cap, not after 40 000.
    expect(!stopped.ok && stopped.decodedChars).toBeLessThan(10_400);
  });

  it('stops the 70 000-character link that would unpack to 450 million characters just past the cap', () => {
    const small = lzStringRunBomb(300);
    expect(LZString.decompressFromEncodedURIComponent(small.encoded)).toBe(' '.repeat(small.decodedChars));
    const bomb = lzStringRunBomb(30_000);
    expect(bomb.encoded.length).toBeLessThan(75_000);
    expect(bomb.decodedChars).toBeGreaterThan(450e6);
    const capChars = 5 * 1024 * 1024;
    const stopped = lzDecompressCapped(bomb.encoded, capChars);
    expect(stopped).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(!stopped.ok && stopped.decodedChars).toBeLessThan(capChars + 30_000);
  });

  it('calls damaged input damaged', () => {
    const encoded = LZString.compressToEncodedURIComponent(JSON.stringify(createExampleScenario()));
    expect(lzDecompressCapped(encoded.slice(0, 100), 1e6)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(lzDecompressCapped('', 1e6)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
