import { classDesignsBundle, classResultsCsv, writeClassStep, type ClassState, type RosterRow, type TeacherClass } from '../../classroom';
import { formatClassCode } from '../../collab';
import { parseScenario } from '../../model';
import { useMeridianStore } from '../../store';
import { downloadBlob } from '../files/downloadFile';
import { useLessonSession } from '../lessons/useLessonSession';

/** Moves the class (and the teacher's own lesson panel, shown on the projector) to a step. */
export function moveClassToStep(session: TeacherClass, stepIndex: number): void {
  writeClassStep(session.classDoc, stepIndex);
  useLessonSession.getState().goToStep(stepIndex);
}

/** Opens students' designs as tabs of their own (copies: the students' work is untouched) and compares them side by side. */
export function compareStudentDesigns(rows: readonly RosterRow[]): void {
  const designs = rows.flatMap((row) => {
    const parsed = row.designJson === null ? null : parseScenario(row.designJson);
    return parsed?.ok ? [{ ...parsed.scenario, name: `${row.name}'s design` }] : [];
  });
  if (designs.length < 2) return;
  const store = useMeridianStore.getState();
  const tabIds = store.openScenarios(designs);
  store.setCompared(tabIds, tabIds[0]);
  store.setMainView('compare');
}

const fileStem = (session: TeacherClass) => `class-${formatClassCode(session.code)}`;

/** Downloads the goal status of every student and step, as CSV. */
export function exportClassResults(session: TeacherClass, state: ClassState, roster: readonly RosterRow[]): void {
  downloadBlob(new Blob([classResultsCsv(state.lesson, roster)], { type: 'text/csv' }), `${fileStem(session)}-results.csv`);
}

/** Downloads every submitted design, as one JSON document. */
export function exportClassDesigns(session: TeacherClass, state: ClassState, roster: readonly RosterRow[]): void {
  const bundle = classDesignsBundle(state.lesson, roster, formatClassCode(session.code), Date.now());
  downloadBlob(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }), `${fileStem(session)}-designs.json`);
}
