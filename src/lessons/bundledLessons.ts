import { formatIssue, parseLesson, type Lesson } from '../model';

// Eager glob: the JSON ships in the bundle (no network), and TypeScript does not infer a type from 80 KB of it.
const documents = import.meta.glob<unknown>('./content/*.json', { eager: true, import: 'default' });

/** Workshop order: geography first, then nines, recovery, consistency and money. */
const order = ['latency-and-geography', 'redundancy-and-nines', 'disaster-recovery', 'consistency-and-latency', 'cost'];
const rank = (lesson: Lesson) => (order.includes(lesson.id) ? order.indexOf(lesson.id) : order.length);

/** The lessons shipped with Meridian, read through `parseLesson` like any other (a broken one is a build bug). */
export const bundledLessons: readonly Lesson[] = Object.entries(documents)
  .map(([file, document]) => {
    const parsed = parseLesson(document);
    if (!parsed.ok) throw new Error(`Meridian: bundled lesson ${file} is invalid: ${parsed.issues.map(formatIssue).join('; ')}`);
    return parsed.lesson;
  })
  .sort((a, b) => rank(a) - rank(b));
