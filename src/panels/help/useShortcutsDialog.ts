import { create } from 'zustand';

/** Whether the keyboard-shortcut help is open; opened by `?` and the toolbar, from outside React too. */
export const useShortcutsDialog = create<{ open: boolean; setOpen: (open: boolean) => void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
