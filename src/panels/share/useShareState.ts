import { create } from 'zustand';
import type { Lesson, Scenario } from '../../model';

/** A link that was opened and waits for the person to say yes: nothing is loaded before that. */
export type PendingShare = { kind: 'scenario'; scenario: Scenario } | { kind: 'lesson'; lesson: Lesson; document: unknown };

/** A link made to share, shown with its length so the person can copy it. */
export interface OutgoingShare {
  url: string;
  what: string;
  copied: boolean;
}

interface ShareState {
  pending: PendingShare | null;
  outgoing: OutgoingShare | null;
  setPending: (pending: PendingShare | null) => void;
  setOutgoing: (outgoing: OutgoingShare | null) => void;
}

export const useShareState = create<ShareState>()((set) => ({
  pending: null,
  outgoing: null,
  setPending: (pending) => set({ pending }),
  setOutgoing: (outgoing) => set({ outgoing }),
}));
