import { parseScenario, type Scenario } from '../model';
import { decodeDelta, encodeDelta, shareReused, type HistoryDelta } from './historyDelta';
import type { ScenarioHistory } from './workspaceTabs';

/**
 * A tab's undo and redo stacks as saved with its document: each step a delta from the step next
 * nearer that document (`past` oldest first, `future` nearest first, as in the store).
 */
export interface SavedHistory {
  past: HistoryDelta[];
  future: HistoryDelta[];
}

/** At most this many undo steps, and as many redo steps, are saved per tab. */
export const savedHistorySteps = 100;
/** And at most this many characters of JSON per tab: a big design keeps fewer steps. */
export const savedHistoryChars = 250_000;

interface EncodedStep {
  against: Scenario;
  delta: HistoryDelta;
  chars: number;
}

// A step and its neighbour stay the same objects from one save to the next: encode each pair once.
const encodedSteps = new WeakMap<Scenario, EncodedStep>();

function encodeStep(step: Scenario, neighbour: Scenario): EncodedStep {
  const known = encodedSteps.get(step);
  if (known?.against === neighbour) return known;
  const delta = encodeDelta(step, neighbour);
  const encoded = { against: neighbour, delta, chars: JSON.stringify(delta).length };
  encodedSteps.set(step, encoded);
  return encoded;
}

/** Steps outward from `document` (nearest first) while they fit the budget; returns their deltas and the budget left. */
function encodeOutward(steps: readonly Scenario[], document: Scenario, budgetChars: number): { deltas: HistoryDelta[]; budgetChars: number } {
  const deltas: HistoryDelta[] = [];
  let neighbour = document;
  for (const step of steps.slice(0, savedHistorySteps)) {
    const { delta, chars } = encodeStep(step, neighbour);
    if (chars > budgetChars) break;
    budgetChars -= chars;
    deltas.push(delta);
    neighbour = step;
  }
  return { deltas, budgetChars };
}

/** The history to save beside `document`, bounded in steps and size; undo steps nearest the document come first. */
export function saveHistory(history: ScenarioHistory, document: Scenario, budgetChars = savedHistoryChars): SavedHistory {
  const past = encodeOutward([...history.past].reverse(), document, budgetChars);
  const future = encodeOutward(history.future, document, past.budgetChars);
  return { past: past.deltas.reverse(), future: future.deltas };
}

/** Decodes steps outward from `document` through `parseScenario`; null when any step is damaged or invalid. */
function restoreOutward(deltas: readonly unknown[], document: Scenario): Scenario[] | null {
  const steps: Scenario[] = [];
  let neighbour = document;
  for (const delta of deltas.slice(0, savedHistorySteps)) {
    const reused = new Set<unknown>();
    let decoded: unknown;
    try {
      decoded = decodeDelta(delta, neighbour, reused);
    } catch {
      return null;
    }
    const parsed = parseScenario(decoded);
    // A step saved by an older build would need migrating, and the steps beyond it were written against it unmigrated.
    if (!parsed.ok || parsed.migratedFrom !== null) return null;
    neighbour = shareReused(parsed.scenario, decoded, reused);
    steps.push(neighbour);
  }
  return steps;
}

/**
 * The undo and redo stacks saved beside `document`, every step through `parseScenario` (one door
 * for what storage holds). Null when anything is damaged: the document is restored without history.
 */
export function restoreHistory(saved: unknown, document: Scenario): ScenarioHistory | null {
  if (typeof saved !== 'object' || saved === null || !('past' in saved) || !('future' in saved) || !Array.isArray(saved.past) || !Array.isArray(saved.future)) return null;
  const past = restoreOutward((saved.past as unknown[]).slice(-savedHistorySteps).reverse(), document);
  const future = restoreOutward(saved.future as unknown[], document);
  return past && future ? { past: past.reverse(), future } : null;
}
