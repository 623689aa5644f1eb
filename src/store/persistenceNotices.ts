import { create } from 'zustand';

/** How a notice should look and whether it waits to be dismissed (warnings and errors do). */
export type FileNoticeTone = 'success' | 'info' | 'warning' | 'error';

export interface FileNotice {
  id: string;
  tone: FileNoticeTone;
  title: string;
  /** Extra lines, e.g. `components[2].instances: must be ≥ 1`; rendered as text only. */
  details: string[];
}

/** A notice to show; `id` replaces an earlier notice with the same id instead of stacking. */
export type FileNoticeInput = Omit<FileNotice, 'id' | 'details'> & { id?: string; details?: string[] };

interface FileNoticesState {
  notices: FileNotice[];
  push: (notice: FileNoticeInput) => void;
  dismiss: (id: string) => void;
}

let nextNoticeNumber = 1;

/**
 * Non-blocking messages about files: restore, autosave failures, imports. Unlike the canvas's one
 * passing notice (ui slice), several can stand at once, with details, and warnings wait to be read.
 */
export const useFileNotices = create<FileNoticesState>()((set) => ({
  notices: [],
  push: ({ id = `notice-${nextNoticeNumber++}`, details = [], ...rest }) =>
    set((state) => ({ notices: [...state.notices.filter((notice) => notice.id !== id), { id, details, ...rest }] })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));

/** Notices are pushed from outside React (persistence, import), so export the actions directly. */
export const pushFileNotice = (notice: FileNoticeInput) => useFileNotices.getState().push(notice);
export const dismissFileNotice = (id: string) => useFileNotices.getState().dismiss(id);
