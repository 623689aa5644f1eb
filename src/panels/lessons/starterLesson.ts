import type { Lesson, Scenario } from '../../model';

/**
 * What "Write a lesson" starts from: one step on the open design, with a goal on a real figure,
 * so that a teacher edits something that already works rather than a blank page.
 */
export function starterLesson(scenario: Scenario): unknown {
  return {
    lessonVersion: 1,
    id: 'my-lesson',
    title: 'My lesson',
    summary: 'What the students will learn.',
    minutes: 10,
    steps: [
      {
        id: 'step-1',
        title: 'First step',
        text: 'Explain the design and the **goal**. Cite where any figure comes from.',
        start: { scenario },
        goal: { conditions: [{ kind: 'figure', figure: 'latency.overall.p99Ms', comparator: '<', threshold: { value: 150, unit: 'ms' } }] },
        hints: ['A first hint.'],
      },
    ],
  };
}

/** An existing lesson as editable JSON, under a new id so that saving never replaces the original. */
export function lessonCopy(lesson: Lesson): unknown {
  return { ...lesson, id: `${lesson.id}-copy`.slice(0, 64), title: `${lesson.title} (copy)`.slice(0, 120) };
}

export const lessonJson = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;
