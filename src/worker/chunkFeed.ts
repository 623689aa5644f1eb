import type { SweepPoint } from '../engine';

/**
 * Chunks a worker holds at once: the one it computes and the next, already in its message queue, so
 * that it starts the next as soon as it answers one instead of idling for a round trip through the
 * main thread (which a loaded machine makes long). More would only leave more unseen work on cancel
 * and more to wait for at the end of the curve, where a chunk sent to one worker cannot move to another.
 */
export const chunksPerWorker = 2;

/** Calls a worker to compute one chunk's points. */
export type ComputeChunk = (values: number[]) => Promise<SweepPoint[]>;

/** A sweep's chunks, handed out to workers as each has room for one more, and taken back in order. */
export interface ChunkFeed {
  /** Chunks not sent to any worker yet. */
  readonly unsent: number;
  /**
   * Keeps one worker fed (`compute`) with the next chunks, `chunksPerWorker` at a time, until none
   * is left, the feed stopped, or `handBack()` says another job waits for the worker (after one chunk at least); resolves once
   * the chunks it sent are answered. The first chunk that fails stops the feed with its error.
   */
  feed(compute: ComputeChunk, handBack: () => boolean): Promise<void>;
  /**
   * The points of the next chunk and of every chunk after it already answered, in order, or null
   * when every chunk was taken. Rejects when the feed stopped first.
   */
  take(): Promise<SweepPoint[] | null>;
  /** Sends no more chunks, and fails every chunk not answered yet with `reason`. */
  stop(reason: unknown): void;
}

interface Answer {
  points: SweepPoint[] | null;
  settled: Promise<SweepPoint[]>;
  resolve: (points: SweepPoint[]) => void;
  reject: (reason: unknown) => void;
}

function pendingAnswer(): Answer {
  const answer = { points: null } as Answer;
  answer.settled = new Promise<SweepPoint[]>((resolve, reject) => {
    answer.resolve = resolve;
    answer.reject = reject;
  });
  // Chunks after a failure or a cancel are never taken.
  answer.settled.catch(() => {});
  return answer;
}

/** A feed of `chunks` (each the values of one call), in the order they are sent and taken, stopped when `signal` aborts. */
export function createChunkFeed(chunks: readonly number[][], signal: AbortSignal): ChunkFeed {
  const answers = chunks.map(pendingAnswer);
  let sent = 0;
  let taken = 0;
  let stopped = false;
  const stop = (reason: unknown) => {
    stopped = true;
    for (const answer of answers) if (!answer.points) answer.reject(reason);
  };
  if (signal.aborted) stop(signal.reason);
  else signal.addEventListener('abort', () => stop(signal.reason), { once: true });
  return {
    get unsent() {
      return chunks.length - sent;
    },
    feed(compute, handBack) {
      return new Promise((resolve) => {
        let held = 0;
        let sentThisTurn = false;
        const fill = () => {
          // A turn on a worker sends at least one chunk, so that two sweeps handing one worker back and forth both go on.
          while (held < chunksPerWorker && sent < chunks.length && !stopped && !(sentThisTurn && handBack())) {
            sentThisTurn = true;
            const answer = answers[sent] as Answer;
            const values = chunks[sent] as number[];
            sent += 1;
            held += 1;
            compute(values)
              .then((points) => {
                if (stopped) return;
                answer.points = points;
                answer.resolve(points);
              }, stop)
              .finally(() => {
                held -= 1;
                fill();
              });
          }
          if (held === 0) resolve();
        };
        fill();
      });
    },
    async take() {
      const next = answers[taken];
      if (!next) return null;
      await next.settled;
      const points: SweepPoint[] = [];
      for (let answer = answers[taken]; answer?.points; answer = answers[taken]) {
        points.push(...answer.points);
        taken += 1;
      }
      return points;
    },
    stop,
  };
}
