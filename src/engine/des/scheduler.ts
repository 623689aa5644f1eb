import { EventHeap } from './eventHeap';

/**
 * The simulation clock over the typed-array event heap: an event's payload is the slot of its action
 * in a table of callbacks (slots are reused through a free list), so the heap itself stays allocation-free.
 * Times are milliseconds of simulated time.
 */
export class Scheduler {
  private readonly heap = new EventHeap(4096);
  private actions: Array<(() => void) | undefined> = [];
  private readonly free: number[] = [];
  nowMs = 0;
  /** Events run so far. */
  events = 0;

  /** Runs `action` at `timeMs` (never before now). */
  at(timeMs: number, action: () => void): void {
    const slot = this.free.pop() ?? this.actions.length;
    this.actions[slot] = action;
    this.heap.push(Math.max(timeMs, this.nowMs), slot);
  }

  /** Runs `action` `delayMs` from now. */
  after(delayMs: number, action: () => void): void {
    this.at(this.nowMs + delayMs, action);
  }

  /** Runs every event due at or before `untilMs` (or until `maxEvents` have run); true when the heap is drained up to it. */
  runUntil(untilMs: number, maxEvents = Number.POSITIVE_INFINITY): boolean {
    const heap = this.heap;
    let budget = maxEvents;
    while (heap.size > 0 && heap.peekTime() <= untilMs) {
      if (budget-- <= 0) return false;
      const slot = heap.pop();
      this.nowMs = heap.lastTime;
      const action = this.actions[slot] as () => void;
      this.actions[slot] = undefined;
      this.free.push(slot);
      this.events += 1;
      action();
    }
    this.nowMs = Math.max(this.nowMs, untilMs);
    return true;
  }
}
