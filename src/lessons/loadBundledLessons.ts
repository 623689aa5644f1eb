import type { Lesson } from '../model';

let loaded: readonly Lesson[] | null = null;
let loading: Promise<readonly Lesson[]> | undefined;

/**
 * The lessons shipped with Meridian, fetched on first use: their texts are a chunk of their own, so
 * the first screen neither downloads nor parses them (SPEC §6, initial JavaScript). The lessons panel
 * and the classroom wait for it before they render.
 */
export function loadBundledLessons(): Promise<readonly Lesson[]> {
  loading ??= import('./bundledLessons').then(
    (module) => (loaded = module.bundledLessons),
    (error: unknown) => {
      loading = undefined; // a failed fetch is tried again on the next call
      throw error;
    },
  );
  return loading;
}

/** The shipped lessons once `loadBundledLessons` has resolved; null before it. */
export function loadedBundledLessons(): readonly Lesson[] | null {
  return loaded;
}
