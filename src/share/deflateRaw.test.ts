import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRawCapped } from './deflateRaw';

describe('inflateRawCapped', () => {
  it('gives back what was deflated, multi-byte characters included', async () => {
    const text = JSON.stringify({ name: 'Zürich → 東京 🚀', values: Array.from({ length: 5000 }, (_, i) => i) });
    expect(await inflateRawCapped(await deflateRaw(text), text.length * 4)).toEqual({ ok: true, text });
  });

  it('stops a decompression bomb near the cap instead of inflating all of it', async () => {
    // 64 MB of one byte deflates to ~64 kB: a link-sized bomb.
    const bomb = await deflateRaw(' '.repeat(64 * 1024 * 1024));
    const capBytes = 5 * 1024 * 1024;
    const result = await inflateRawCapped(bomb, capBytes);
    expect(result).toMatchObject({ ok: false, reason: 'tooLarge' });
    // At most a few 1 kB input slices (≤ ~1 MB of output each) past the cap: nowhere near 64 MB.
    expect(!result.ok && result.inflatedBytes).toBeLessThan(capBytes + 4 * 1024 * 1024);
  });

  it('calls damaged input damaged', async () => {
    expect(await inflateRawCapped(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1000)).toMatchObject({ ok: false, reason: 'damaged' });
    const truncated = (await deflateRaw('x'.repeat(10_000) + Math.PI.toString())).slice(0, 5);
    expect(await inflateRawCapped(truncated, 100_000)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
