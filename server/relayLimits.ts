import { markRefusal } from '../src/collab/relayRefusal';

/**
 * The relay's bounds. A class is one teacher and ~40 laptops; designing together is two to five
 * people. Messages: a scenario may be 5 MB (src/model/limits.ts), so its first sync may be too.
 */
export const relayLimits = {
  /** Connections in one class room (the teacher, ~40 students, their second tabs). */
  classRoomConnections: 100,
  /** People designing one scenario together. */
  designRoomConnections: 5,
  /** One message (a Yjs update or presence): the 5 MB scenario limit and room for its encoding. */
  messageBytes: 6 * 1024 * 1024,
  /** Messages per connection: a burst of this many… */
  messageBurst: 300,
  /** …refilled at this many per second (edits and presence; cursors are sent at most 20 times a second). */
  messagesPerSecond: 60,
  /** Joins from one address: a burst (a teacher opening every student's room at once)… */
  joinBurst: 300,
  /** …refilled at this rate: guessing a 50-bit class code at it would take millions of years. */
  joinsPerSecond: 10,
} as const;

/** Why the relay closed or refused a client: `reason` is marked so the client shows it as a refusal. */
export class RelayRefusal extends Error {
  readonly reason: string;

  constructor(
    readonly code: number,
    text: string,
  ) {
    super(text);
    this.reason = markRefusal(text);
  }
}

/**
 * A token bucket: `take()` spends one token and says whether one was left. `nowMs` is injected so the
 * limits are tested without waiting.
 */
export function createTokenBucket(burst: number, perSecond: number, nowMs: () => number): { take: () => boolean } {
  let tokens = burst;
  let lastMs = nowMs();
  return {
    take() {
      const now = nowMs();
      tokens = Math.min(burst, tokens + ((now - lastMs) / 1000) * perSecond);
      lastMs = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
