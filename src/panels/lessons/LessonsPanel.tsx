import { ChevronLeft, FilePen, GraduationCap, Link2, X } from 'lucide-react';
import { useState } from 'react';
import { useMeridianStore } from '../../store';
import { shareDocument } from '../share/shareDocument';
import { LessonEditor } from './LessonEditor';
import { LessonPicker } from './LessonPicker';
import { LessonStepView } from './LessonStepView';
import { lessonCopy, lessonJson, starterLesson } from './starterLesson';
import { allLessons, useLessonSession } from './useLessonSession';
import './lessons.css';

/** The workshop panel above the inspector: pick a lesson, follow its steps with the goal checked live, or write one. */
export function LessonsPanel() {
  const activeId = useLessonSession((state) => state.activeLessonId);
  const custom = useLessonSession((state) => state.custom);
  const [editing, setEditing] = useState<string | null>(null);
  const lesson = allLessons(custom).find((candidate) => candidate.id === activeId) ?? null;
  const back = editing !== null ? () => setEditing(null) : lesson ? useLessonSession.getState().close : null;
  const title = editing !== null ? 'Write a lesson' : lesson ? lesson.title : 'Lessons';

  return (
    <section className="lessons" aria-label="Lessons" data-testid="lessons.panel">
      <header className="lessons__header">
        {back ? (
          <button type="button" className="icon-button" onClick={back} aria-label="All lessons" title="All lessons" data-testid="lessons.all">
            <ChevronLeft size={16} />
          </button>
        ) : (
          <GraduationCap size={16} aria-hidden />
        )}
        <h2 className="lessons__title" title={title} data-testid="lessons.title">{title}</h2>
        {lesson && editing === null && (
          <>
            <button type="button" className="icon-button" onClick={() => setEditing(lessonJson(lessonCopy(lesson)))} aria-label="Edit a copy of this lesson" title="Edit a copy of this lesson" data-testid="lessons.edit">
              <FilePen size={16} />
            </button>
            <button type="button" className="icon-button" onClick={() => void shareDocument('lesson', lesson, lesson.title)} aria-label="Share this lesson" title="Share this lesson as a link" data-testid="lessons.share">
              <Link2 size={16} />
            </button>
          </>
        )}
        <button type="button" className="icon-button" onClick={() => useMeridianStore.getState().togglePanel('lessons')} aria-label="Close lessons" data-testid="lessons.close">
          <X size={16} />
        </button>
      </header>
      <div className="lessons__body">
        {editing !== null ? (
          <LessonEditor initialText={editing} onDone={() => setEditing(null)} />
        ) : lesson ? (
          <LessonStepView lesson={lesson} />
        ) : (
          <>
            <LessonPicker />
            <div className="lessons__footer">
              <button type="button" className="button button--ghost" onClick={() => setEditing(lessonJson(starterLesson(useMeridianStore.getState().scenario)))} data-testid="lessons.write">
                <FilePen size={14} aria-hidden /> Write a lesson
              </button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
