import { ChevronLeft, ChevronRight, Download, Eye, LogOut, PanelRightClose, PanelRightOpen, QrCode as QrIcon, Users } from 'lucide-react';
import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { writeClassFollow, type TeacherClass } from '../../classroom';
import { formatClassCode } from '../../collab';
import { compareStudentDesigns, exportClassDesigns, exportClassResults, moveClassToStep } from './classActions';
import { ClassStatus } from './ClassStatus';
import { JoinCodeOverlay } from './JoinCodeOverlay';
import { RosterCard } from './RosterCard';
import { StudentDesignDialog } from './StudentDesignDialog';
import type { ClassView } from './useClassView';
import { useClassroom } from './useClassroom';

/** The teacher's class panel: join code, steps, follow, the live roster, and the results to export. */
export function TeacherPanel({ view, session }: { view: ClassView; session: TeacherClass }) {
  const [collapsed, setCollapsed] = useState(false);
  const [showCode, setShowCode] = useState(true);
  const [selected, setSelected] = useState<string[]>([]);
  const [viewing, setViewing] = useState<string | null>(null);
  const { getViewport } = useReactFlow();
  const { state, roster } = view;
  const code = formatClassCode(session.code);
  if (collapsed) {
    return (
      <button type="button" className="class-panel__reopen button" onClick={() => setCollapsed(false)} data-testid="class.panel.open">
        <PanelRightOpen size={15} aria-hidden /> Class {code} · {roster.length}
      </button>
    );
  }
  const met = roster.filter((row) => row.goal?.passed).length;
  const toggle = (studentId: string) => setSelected((ids) => (ids.includes(studentId) ? ids.filter((id) => id !== studentId) : [...ids, studentId].slice(-2)));
  const viewed = roster.find((row) => row.studentId === viewing) ?? null;
  const step = state?.lesson.steps[state.stepIndex];
  return (
    <aside className="class-panel" aria-label="Class" data-testid="class.panel">
      <header className="class-panel__header">
        <Users size={16} aria-hidden />
        <h2 className="class-panel__title">
          Class <span data-testid="class.code">{code}</span>
        </h2>
        <ClassStatus status={view.status} />
        <button type="button" className="icon-button" onClick={() => setShowCode(true)} aria-label="Show the join code" title="Show the join code, link and QR code" data-testid="class.showCode">
          <QrIcon size={16} />
        </button>
        <button type="button" className="icon-button" onClick={() => setCollapsed(true)} aria-label="Hide the class panel" title="Hide the class panel">
          <PanelRightClose size={16} />
        </button>
      </header>
      {view.refusal && (
        <p className="class-panel__problem" role="alert" data-testid="class.refusal">
          {view.refusal}
        </p>
      )}
      {state === null ? (
        <p className="class-panel__problem">{view.problem}</p>
      ) : (
        <>
          <div className="class-panel__lesson" data-testid="class.lesson">
            {state.lesson.title}
          </div>
          <div className="class-steps" role="group" aria-label="Class step">
            <button type="button" className="icon-button" disabled={state.stepIndex === 0} onClick={() => moveClassToStep(session, state.stepIndex - 1)} aria-label="Previous step" data-testid="class.step.previous">
              <ChevronLeft size={16} />
            </button>
            <span className="class-steps__text" data-testid="class.step">
              Step {state.stepIndex + 1} of {state.lesson.steps.length}: {step?.title}
            </span>
            <button type="button" className="icon-button" disabled={state.stepIndex >= state.lesson.steps.length - 1} onClick={() => moveClassToStep(session, state.stepIndex + 1)} aria-label="Next step" data-testid="class.step.next">
              <ChevronRight size={16} />
            </button>
          </div>
          <label className="class-panel__follow">
            <input type="checkbox" checked={state.follow !== null} onChange={(event) => writeClassFollow(session.classDoc, event.target.checked ? getViewport() : null)} data-testid="class.follow" />
            <Eye size={14} aria-hidden /> Students follow my view
          </label>
          <div className="class-panel__summary" data-testid="class.summary">
            {roster.length} {roster.length === 1 ? 'student' : 'students'} · {met} met their step&apos;s goal
          </div>
          <ul className="class-roster" data-testid="class.roster">
            {roster.map((row, index) => (
              <RosterCard key={row.studentId} row={row} index={index} stepCount={state.lesson.steps.length} selected={selected.includes(row.studentId)} onToggleSelected={() => toggle(row.studentId)} onView={() => setViewing(row.studentId)} />
            ))}
          </ul>
          {roster.length === 0 && <p className="class-panel__empty">Students appear here as they join with the code {code}.</p>}
          <footer className="class-panel__footer">
            <button type="button" className="button" disabled={selected.length !== 2} onClick={() => compareStudentDesigns(roster.filter((row) => selected.includes(row.studentId)))} data-testid="class.compare">
              Compare {selected.length === 2 ? 'the two selected' : 'two (select them)'}
            </button>
            <button type="button" className="button" onClick={() => exportClassResults(session, state, roster)} data-testid="class.export.results">
              <Download size={14} aria-hidden /> Results (CSV)
            </button>
            <button type="button" className="button" onClick={() => exportClassDesigns(session, state, roster)} data-testid="class.export.designs">
              <Download size={14} aria-hidden /> Submitted designs (JSON)
            </button>
            <button type="button" className="button button--ghost" onClick={() => void useClassroom.getState().leave()} data-testid="class.end">
              <LogOut size={14} aria-hidden /> Leave the class
            </button>
          </footer>
        </>
      )}
      {showCode && <JoinCodeOverlay code={session.code} onClose={() => setShowCode(false)} />}
      {viewed && state && <StudentDesignDialog row={viewed} lesson={state.lesson} onClose={() => setViewing(null)} />}
    </aside>
  );
}
