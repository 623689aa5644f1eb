/**
 * The relay closes a client it refuses mid-session (too large, too fast) with a reason; hocuspocus
 * closes connections for reasons of its own too (a reset, a restart). Our reasons carry this mark so
 * the client tells "the relay refused you, here is why" from "the connection dropped, retrying".
 */
const refusalMark = 'meridian: ';

/** The close reason the relay sends for `text`. */
export function markRefusal(text: string): string {
  return `${refusalMark}${text}`;
}

/** The text of a refusal, or null when `reason` is an ordinary disconnection. */
export function readRefusal(reason: string): string | null {
  return reason.startsWith(refusalMark) ? reason.slice(refusalMark.length) : null;
}
