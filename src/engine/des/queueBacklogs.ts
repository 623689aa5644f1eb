/**
 * Messages each queue holds while none of its consumers is up — a durable queue (SQS semantics) keeps
 * them, in arrival order, until a consumer comes back to take them. A message remembers its request
 * class and context, which the consumer's calls follow.
 */
export class QueueBacklogs {
  private readonly held: Array<Array<{ classIndex: number; context: number }> | undefined> = [];

  hold(queue: number, classIndex: number, context: number): void {
    (this.held[queue] ??= []).push({ classIndex, context });
  }

  /** Messages queue `queue` holds. */
  count(queue: number): number {
    return this.held[queue]?.length ?? 0;
  }

  /** Queues holding messages. */
  queues(): number[] {
    return this.held.flatMap((messages, queue) => ((messages?.length ?? 0) > 0 ? [queue] : []));
  }

  /** Hands every message of `queue` over (oldest first) and forgets them. */
  take(queue: number): Array<{ classIndex: number; context: number }> {
    const messages = this.held[queue] ?? [];
    this.held[queue] = undefined;
    return messages;
  }
}
