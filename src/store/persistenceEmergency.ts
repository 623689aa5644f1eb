/** The synchronous part of Web Storage we use; injectable because Node has no localStorage. */
export type EmergencyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** In Web Storage: `{ bySession: { [session]: SavedScenarioRecord } }`, the unsaved scenario of each tab that closed (or a bare record from older builds). */
export const emergencyCopyKey = 'meridian:unsaved-scenario';
/** Likewise `{ bySession: { [session]: SavedWorkspaceRecord } }`: the tabs of each browser tab that closed with unsaved changes to them. */
export const emergencyWorkspaceKey = 'meridian:unsaved-workspace';

/** Even reading `localStorage` throws where storage is blocked (sandboxed frames, cookie settings, a full quota). */
export function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

/** Copies by browser-tab session. */
export type EmergencyCopies = Record<string, unknown>;

/** The copies by session; a bare record left by an older build belongs to the old keys (session ''). */
function emergencyCopiesIn(text: string | null | undefined): EmergencyCopies {
  if (text === undefined || text === null) return {};
  // Text that is not JSON has no date: it wins only over nothing, then restore keeps it as a corrupt copy.
  const parsed: unknown = attempt(() => JSON.parse(text)) ?? text;
  if (typeof parsed === 'object' && parsed !== null && 'bySession' in parsed && typeof parsed.bySession === 'object' && parsed.bySession !== null) return { ...(parsed.bySession as EmergencyCopies) };
  return { '': parsed };
}

/** One Web Storage key holding a best-effort copy per browser tab, written when the page goes away. */
export interface EmergencyCopyStore {
  /** Keeps `record` as `session`'s copy; false, never a throw, when storage is full or blocked. */
  keep(session: string, record: unknown): boolean;
  /** Every copy left, by session. */
  read(): EmergencyCopies;
  /** Forgets the copies of `sessions`, keeping any other tab's copy written meanwhile. */
  forget(sessions: readonly string[]): void;
}

export function emergencyCopyStore(emergency: EmergencyStorage | undefined, key: string): EmergencyCopyStore {
  const read = () => emergencyCopiesIn(attempt(() => emergency?.getItem(key)));
  const write = (copies: EmergencyCopies): boolean =>
    emergency !== undefined &&
    attempt(() => {
      if (Object.keys(copies).length === 0) emergency.removeItem(key);
      else emergency.setItem(key, JSON.stringify({ bySession: copies }));
      return true;
    }) === true;
  return {
    keep: (session, record) => write({ ...read(), [session]: record }),
    read,
    forget: (sessions) => {
      const left = read();
      for (const session of sessions) delete left[session];
      void write(left);
    },
  };
}
