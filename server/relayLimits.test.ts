import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './relayLimits';

describe('createTokenBucket', () => {
  it('allows a burst, then refuses until time refills it at the given rate', () => {
    let now = 0;
    const bucket = createTokenBucket(3, 4, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now = 125; // half a token at 4 per second
    expect(bucket.take()).toBe(false);
    now = 250; // the other half
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
  });

  it('never holds more than its burst', () => {
    let now = 0;
    const bucket = createTokenBucket(2, 100, () => now);
    now = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });
});
