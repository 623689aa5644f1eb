import { lazy, Suspense, useEffect } from 'react';
import { loadBundledLessons } from '../../lessons';
import { classWanted, useClassEntry } from './useClassEntry';

// Imported by their own files, so that Yjs, the relay connection and the class panels are a chunk of
// their own, fetched only when a class is wanted; with the shipped lessons, which a class starts from.
const ClassroomLayer = lazy(() => Promise.all([import('./ClassroomLayer'), loadBundledLessons()]).then(([m]) => ({ default: m.ClassroomLayer })));
const ClassOverlay = lazy(() => import('./ClassOverlay').then((m) => ({ default: m.ClassOverlay })));

/** The classroom's links, dialog and sharing, fetched once a class is wanted (the Class button, a class link, a seat to rejoin). */
export function ClassroomOnDemand() {
  const engaged = useClassEntry((state) => state.engaged);
  useEffect(() => {
    const engageIfWanted = () => {
      if (classWanted()) useClassEntry.getState().engage();
    };
    engageIfWanted();
    window.addEventListener('hashchange', engageIfWanted);
    return () => window.removeEventListener('hashchange', engageIfWanted);
  }, []);
  return engaged ? (
    <Suspense fallback={null}>
      <ClassroomLayer />
    </Suspense>
  ) : null;
}

/** The teacher's panel or the student's bar over the canvas, while in a class. */
export function ClassOverlayOnDemand() {
  const inClass = useClassEntry((state) => state.inClass);
  return inClass ? (
    <Suspense fallback={null}>
      <ClassOverlay />
    </Suspense>
  ) : null;
}
