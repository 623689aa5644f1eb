import '../../model/zodConfig';
import { createStore, del, get, set } from 'idb-keyval';
import { z } from 'zod';
import type { DocStorage } from '../../classroom';
import { classSeatKey } from './useClassEntry';

/** Class documents live in their own database, apart from the workspace autosave and lessons. */
const docStore = createStore('meridian-classroom', 'docs');

export const classDocStorage: DocStorage = {
  get: (key) => get<Uint8Array>(key, docStore),
  set: (key, value) => set(key, value, docStore),
  delete: (key) => del(key, docStore),
};

/** Who this browser is in a class, so a reload (or the lid reopened) rejoins the same rooms. */
const seatSchema = z.union([
  z.object({ role: z.literal('teacher'), teacherSecret: z.string().min(32).max(100) }),
  z.object({ role: z.literal('student'), code: z.string().min(1).max(20), name: z.string().min(1).max(60), studentSecret: z.string().min(32).max(100) }),
]);
export type ClassSeat = z.infer<typeof seatSchema>;

export function readClassSeat(): ClassSeat | null {
  try {
    const parsed = seatSchema.safeParse(JSON.parse(localStorage.getItem(classSeatKey) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeClassSeat(seat: ClassSeat | null): void {
  if (seat === null) localStorage.removeItem(classSeatKey);
  else localStorage.setItem(classSeatKey, JSON.stringify(seat));
}
