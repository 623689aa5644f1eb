import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledLessons } from '../../lessons';
import { bundledLessons } from '../../lessons/bundledLessons';
import { createExampleScenario, type Lesson } from '../../model';
import { useMeridianStore } from '../../store';
import { useImportFailure } from '../files/useImportFailure';
import { useLessonSession } from './useLessonSession';

const main = useMeridianStore;
const session = useLessonSession;
const lesson = (id: string) => bundledLessons.find((candidate) => candidate.id === id) as Lesson;
const component = (id: string) => main.getState().scenario.components.find((c) => c.id === id);

beforeAll(loadBundledLessons);

beforeEach(() => {
  main.setState(main.getInitialState(), true);
  session.setState(session.getInitialState(), true);
  useImportFailure.setState({ failure: null });
});

describe('lesson session', () => {
  it('opens a lesson in a tab of its own and leaves the person’s design alone', () => {
    session.getState().start(lesson('cost'));
    expect(main.getState().tabs.map((tab) => tab.id)).toEqual(['tab-1', 'tab-2']);
    expect(main.getState().activeTabId).toBe('tab-2');
    expect(main.getState().scenario.name).toBe('Three-tier app, generously sized');
    expect(main.getState().documentOf('tab-1')).toEqual(createExampleScenario());
    expect(session.getState().progress.cost).toEqual({ stepIndex: 0, completedStepIds: [], tabId: 'tab-2' });
  });

  it('starts the next step from the student’s own design, and restarts a step from the reference', () => {
    session.getState().start(lesson('cost'));
    session.getState().showSolution();
    expect(component('app-a')).toMatchObject({ instances: 3, instanceType: 'aws:m6i.large' });
    session.getState().goToStep(1);
    session.getState().goToStep(2);
    expect(main.getState().scenario.workload.requestsPerSecond).toBe(5);
    // The student skipped step 2's change: their design keeps its payload…
    expect(main.getState().scenario.workload.payloadKbOut).toBe(30);
    // …while a restart rebuilds the step as the lesson wrote it.
    session.getState().restartStep();
    expect(main.getState().scenario.workload.payloadKbOut).toBe(8);
    expect(main.getState().tabs).toHaveLength(2);
  });

  it('goes back to earlier text without touching the design, and resumes in the lesson’s tab', () => {
    session.getState().start(lesson('cost'));
    session.getState().goToStep(1);
    const design = main.getState().scenario;
    session.getState().goToStep(0);
    expect(main.getState().scenario).toBe(design);
    main.getState().switchTab('tab-1');
    session.getState().close();
    session.getState().start(lesson('cost'));
    expect(main.getState().activeTabId).toBe('tab-2');
    expect(main.getState().scenario).toBe(design);
    expect(session.getState().progress.cost?.stepIndex).toBe(0);
  });

  it('keeps a custom lesson once, and refuses an invalid one with path-named issues', () => {
    const document = { ...lesson('cost'), id: 'my-cost', title: 'My cost lesson' };
    expect(session.getState().keepCustomLesson(document).ok).toBe(true);
    expect(session.getState().custom.map((l) => l.title)).toEqual(['My cost lesson']);
    const refused = session.getState().keepCustomLesson({ ...document, minutes: 0 });
    expect(refused).toEqual({ ok: false, issues: [{ path: 'minutes', message: 'must be ≥ 1' }] });
  });

  it('records a met goal once', () => {
    session.getState().start(lesson('cost'));
    session.getState().markCompleted('right-size');
    session.getState().markCompleted('right-size');
    expect(session.getState().progress.cost?.completedStepIds).toEqual(['right-size']);
  });
});

describe('custom lessons and shipped ids', () => {
  beforeEach(() => session.setState(session.getInitialState(), true));

  it('accepts a shipped lesson shared back unchanged, and refuses a changed one under its id', () => {
    const shipped = lesson('cost');
    expect(session.getState().keepCustomLesson(JSON.parse(JSON.stringify(shipped)))).toMatchObject({ ok: true });
    expect(session.getState().custom).toEqual([]);
    expect(session.getState().keepCustomLesson({ ...shipped, title: 'Changed' })).toEqual({ ok: false, issues: [{ path: 'id', message: '"cost" is the id of a lesson shipped with Meridian: choose another' }] });
  });
});

describe('a step whose changes the student’s design cannot take', () => {
  it('starts from the lesson’s design instead, undoably', () => {
    main.setState(main.getInitialState(), true);
    session.setState(session.getInitialState(), true);
    const lessonWithChange: Lesson = {
      ...lesson('cost'),
      id: 'cost-variant',
      steps: [lesson('cost').steps[0] as Lesson['steps'][number], { ...(lesson('cost').steps[2] as Lesson['steps'][number]), start: { changes: [{ op: 'set', at: ['components', 'app-b', 'flavor'], value: 'container' }] } }],
    };
    expect(session.getState().keepCustomLesson(lessonWithChange).ok).toBe(true);
    session.getState().start(lessonWithChange);
    main.getState().setSelection(['app-b']);
    main.getState().deleteSelection();
    session.getState().goToStep(1);
    expect(component('app-b')).toMatchObject({ flavor: 'container', instances: 3 });
    main.getState().undo();
    expect(component('app-b')).toBeUndefined();
  });
});
