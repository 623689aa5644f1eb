import { create } from 'zustand';
import { loadedBundledLessons, referenceStepStart, stepStartScenario } from '../../lessons';
import { applyScenarioChanges, formatIssue, parseLesson, type Lesson, type ParseResult, type ScenarioIssue } from '../../model';
import { useMeridianStore } from '../../store';
import { pushFileNotice } from '../../store/persistenceNotices';
import { emptySavedLessons, type LessonProgress, type SavedLessons } from '../../store/lessonStorage';
import { useImportFailure } from '../files/useImportFailure';
import { lessonDocument, showLessonDesign } from './lessonDesign';

interface LessonSessionState extends SavedLessons {
  /** Lessons written in the editor or opened from links, parsed. */
  custom: Lesson[];
  setSaved: (saved: SavedLessons) => void;
  start: (lesson: Lesson) => void;
  goToStep: (index: number) => void;
  restartStep: () => void;
  showSolution: () => void;
  markCompleted: (stepId: string) => void;
  close: () => void;
  /**
   * Keeps a lesson document (from the editor or a link) and returns the parsed lesson, or the problems.
   * The shipped lessons must be loaded first (`loadBundledLessons`): a copy may not take a shipped lesson's id.
   */
  keepCustomLesson: (document: unknown) => { ok: true; lesson: Lesson } | { ok: false; issues: ScenarioIssue[] };
}

const noProgress: LessonProgress = { stepIndex: 0, completedStepIds: [] };

/** The shipped lessons (once loaded: the lessons panel and the classroom wait for them) and the person's own. */
export function allLessons(custom: readonly Lesson[]): Lesson[] {
  const bundled = loadedBundledLessons() ?? [];
  return [...bundled, ...custom.filter((lesson) => !bundled.some((b) => b.id === lesson.id))];
}

function parseCustom(documents: Record<string, unknown>): Lesson[] {
  return Object.values(documents).flatMap((document) => {
    const parsed = parseLesson(document);
    return parsed.ok ? [parsed.lesson] : [];
  });
}

function refuse(lesson: Lesson, index: number, issues: ScenarioIssue[]) {
  useImportFailure.getState().showImportFailure({ fileName: `step ${index + 1} of "${lesson.title}"`, issues, title: `Could not open step ${index + 1} of "${lesson.title}"`, source: 'The step' });
}

/** The active lesson, its progress in every lesson, and the actions of the lesson panel. Saved by `startLessonPersistence`. */
export const useLessonSession = create<LessonSessionState>()((set, get) => {
  const active = () => allLessons(get().custom).find((lesson) => lesson.id === get().activeLessonId) ?? null;
  const progressOf = (lessonId: string) => get().progress[lessonId] ?? noProgress;
  const setProgress = (lessonId: string, patch: Partial<LessonProgress>) =>
    set((state) => ({ progress: { ...state.progress, [lessonId]: { ...progressOf(lessonId), ...patch } } }));
  const show = (lesson: Lesson, index: number, result: ParseResult) => {
    if (!result.ok) return refuse(lesson, index, result.issues);
    const tabId = showLessonDesign(get().tabId, result.scenario);
    set({ tabId });
    setProgress(lesson.id, { stepIndex: index, tabId });
  };

  return {
    ...emptySavedLessons,
    custom: [],
    setSaved: (saved) => set({ ...saved, custom: parseCustom(saved.customLessons) }),
    start: (lesson) => {
      const { stepIndex, tabId } = progressOf(lesson.id);
      const main = useMeridianStore.getState();
      // Coming back to a lesson resumes the student's own design, in its tab, when that tab is still open.
      if (tabId !== undefined && main.tabs.some((tab) => tab.id === tabId)) {
        set({ activeLessonId: lesson.id, tabId });
        return main.switchTab(tabId);
      }
      const index = Math.min(stepIndex, lesson.steps.length - 1);
      set({ activeLessonId: lesson.id, tabId: null });
      show(lesson, index, referenceStepStart(lesson, index));
    },
    goToStep: (index) => {
      const lesson = active();
      const step = lesson?.steps[index];
      if (!lesson || !step) return;
      const current = progressOf(lesson.id).stepIndex;
      // Going back only shows the earlier text; going forward starts the next step from the student's own design.
      if (index <= current) return setProgress(lesson.id, { stepIndex: index });
      const design = lessonDocument(get().tabId);
      const own = design ? stepStartScenario(step, design) : null;
      if (own?.ok) return show(lesson, index, own);
      // The student's design cannot take this step's changes (they removed what it edits): start from the lesson's.
      if (own) pushFileNotice({ tone: 'info', title: `Step ${index + 1} starts from the lesson's design: yours could not take its changes. Undo brings yours back.`, details: own.issues.map(formatIssue) });
      show(lesson, index, referenceStepStart(lesson, index));
    },
    restartStep: () => {
      const lesson = active();
      if (lesson) show(lesson, progressOf(lesson.id).stepIndex, referenceStepStart(lesson, progressOf(lesson.id).stepIndex));
    },
    showSolution: () => {
      const lesson = active();
      const index = lesson ? progressOf(lesson.id).stepIndex : 0;
      const step = lesson?.steps[index];
      const design = lessonDocument(get().tabId);
      if (!lesson || !step?.solution) return;
      show(lesson, index, design ? applyScenarioChanges(design, step.solution) : referenceStepStart(lesson, index));
    },
    markCompleted: (stepId) => {
      const lessonId = get().activeLessonId;
      const done = lessonId ? progressOf(lessonId).completedStepIds : [];
      if (lessonId && !done.includes(stepId)) setProgress(lessonId, { completedStepIds: [...done, stepId] });
    },
    close: () => set({ activeLessonId: null }),
    keepCustomLesson: (document) => {
      const parsed = parseLesson(document);
      if (!parsed.ok) return parsed;
      // A shared or edited copy must not hide behind the shipped lesson of the same id.
      const bundled = loadedBundledLessons();
      if (!bundled) throw new Error('Meridian: keepCustomLesson needs the shipped lessons: await loadBundledLessons() first');
      const shipped = bundled.find((candidate) => candidate.id === parsed.lesson.id);
      if (shipped) {
        return JSON.stringify(shipped) === JSON.stringify(parsed.lesson) ? parsed : { ok: false, issues: [{ path: 'id', message: `"${shipped.id}" is the id of a lesson shipped with Meridian: choose another` }] };
      }
      set((state) => {
        const customLessons = { ...state.customLessons, [parsed.lesson.id]: document };
        return { customLessons, custom: parseCustom(customLessons) };
      });
      return parsed;
    },
  };
});
