import { create } from 'zustand';

/** Where this browser's class seat is kept (classroomStorage.ts reads and writes it). */
export const classSeatKey = 'meridian.classSeat';

interface ClassEntryState {
  /** The classroom's code is wanted (a class dialog, a class link, or a seat to rejoin): fetch it. */
  engaged: boolean;
  /** This browser is in a class (the teacher's panel or the student's bar shows). */
  inClass: boolean;
  /** The start / join dialog, with a code from a `#join=` link filled in. */
  dialog: { open: boolean; code: string };
  openDialog: (code?: string) => void;
  closeDialog: () => void;
  engage: () => void;
  setInClass: (inClass: boolean) => void;
}

/**
 * The classroom's way in, without its code: the Yjs documents, the relay connection and the class
 * panels are fetched only once a class is wanted, so the first load of everyone else stays small.
 */
export const useClassEntry = create<ClassEntryState>()((set) => ({
  engaged: false,
  inClass: false,
  dialog: { open: false, code: '' },
  openDialog: (code = '') => set({ engaged: true, dialog: { open: true, code } }),
  closeDialog: () => set({ dialog: { open: false, code: '' } }),
  engage: () => set({ engaged: true }),
  setInClass: (inClass) => set({ inClass }),
}));

/** Whether the page was opened on a class link, or this browser has a class seat to rejoin. */
export function classWanted(): boolean {
  return /^#(teach|join)=/.test(location.hash) || localStorage.getItem(classSeatKey) !== null;
}
