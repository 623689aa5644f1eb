/** What an inflate that watches its output size gives back. */
export type InflateResult = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'damaged'; inflatedBytes: number };

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most ~1 032:1, so one slice
 * inflates to about 1 MB at most: the cap below is overshot by a few slices' output, never more.
 */
const inputSliceBytes = 1024;

/** Text → deflate-raw bytes (RFC 1951), with the browser's own CompressionStream (no library). */
export async function deflateRaw(text: string): Promise<Uint8Array> {
  const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
}

/** A stream that hands out `bytes` a slice at a time, only when asked (so backpressure reaches the input). */
function sliced(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  let offset = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + inputSliceBytes));
        offset += inputSliceBytes;
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * deflate-raw bytes → UTF-8 text, stopping as soon as more than `maxBytes` have come out: a small
 * hostile link that would inflate to hundreds of megabytes is refused after a few megabytes of work.
 * `inflatedBytes` says how far it got (tests check that the work stopped near the cap).
 */
export async function inflateRawCapped(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  const reader = sliced(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let inflatedBytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      inflatedBytes += value.byteLength;
      if (inflatedBytes > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'tooLarge', inflatedBytes };
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
  } catch {
    return { ok: false, reason: 'damaged', inflatedBytes };
  }
  return { ok: true, text: parts.join('') };
}
