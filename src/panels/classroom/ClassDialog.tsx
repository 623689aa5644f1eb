import { GraduationCap } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { formatClassCode, normalizeClassCode } from '../../collab';
import { studentNameSchema } from '../../classroom';
import { allLessons, useLessonSession } from '../lessons/useLessonSession';
import { ModalDialog } from '../../ui';
import { useClassEntry } from './useClassEntry';
import { useClassroom } from './useClassroom';
import '../files/files.css';
import './classroom.css';

/** Join a class with its code and a display name (no account), or start one from a lesson. */
export function ClassDialog() {
  const { open, code: linkedCode } = useClassEntry((state) => state.dialog);
  return (
    <ModalDialog open={open} title="Class" icon={GraduationCap} className="files-dialog class-dialog" titleClassName="files-dialog-title class-dialog__title" testId="class.dialog" onClose={() => useClassEntry.getState().closeDialog()}>
      {(close) => (
        <>
          <JoinForm initialCode={linkedCode} />
          {linkedCode === '' && <StartForm />}
          <div className="files-dialog-actions">
            <button type="button" className="files-button" onClick={close} data-testid="class.dialog.close">
              Close
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

function JoinForm({ initialCode }: { initialCode: string }) {
  const [code, setCode] = useState(initialCode === '' ? '' : formatClassCode(initialCode));
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeClassCode(code);
    const parsedName = studentNameSchema.safeParse(name);
    if (!normalized) return setProblem('Class code: type the ten characters shown by the teacher (like 4K7QD-9XM2P).');
    if (!parsedName.success) return setProblem(`Your name: ${parsedName.error.issues[0]?.message ?? 'enter your name'}.`);
    setProblem(null);
    void useClassroom.getState().join(normalized, parsedName.data);
  };
  return (
    <form className="class-form" onSubmit={submit} aria-labelledby="class-join-title">
      <h3 id="class-join-title">Join a class</h3>
      <p className="class-form__hint">No account: your work stays in this browser, and the teacher sees your name, step, goal and design.</p>
      <label className="class-form__field">
        Class code
        <input className="text-input" value={code} onChange={(event) => setCode(event.target.value)} autoComplete="off" spellCheck={false} data-testid="class.join.code" />
      </label>
      <label className="class-form__field">
        Your name
        <input className="text-input" value={name} onChange={(event) => setName(event.target.value)} autoFocus={initialCode !== ''} maxLength={60} data-testid="class.join.name" />
      </label>
      {problem && (
        <p className="class-form__problem" role="alert" data-testid="class.join.problem">
          {problem}
        </p>
      )}
      <button type="submit" className="files-button files-button-primary" data-testid="class.join.submit">
        Join
      </button>
    </form>
  );
}

function StartForm() {
  const custom = useLessonSession((state) => state.custom);
  const lessons = allLessons(custom);
  const [lessonId, setLessonId] = useState(lessons[0]?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lesson = lessons.find((candidate) => candidate.id === lessonId);
    if (lesson) void useClassroom.getState().startClass(lesson);
  };
  return (
    <form className="class-form" onSubmit={submit} aria-labelledby="class-start-title">
      <h3 id="class-start-title">Start a class</h3>
      <p className="class-form__hint">Students join with a code, a link or a QR code; you move them through the lesson&apos;s steps and see their goals live.</p>
      <label className="class-form__field">
        Lesson
        <select className="text-input" value={lessonId} onChange={(event) => setLessonId(event.target.value)} data-testid="class.start.lesson">
          {lessons.map((lesson) => (
            <option key={lesson.id} value={lesson.id}>
              {lesson.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="files-button files-button-primary" data-testid="class.start.submit">
        Start a class
      </button>
    </form>
  );
}
