import { formatCsv } from '../export';
import { parseScenario, type Lesson, type Scenario } from '../model';
import type { RosterRow } from './roster';
import type { GoalStatus } from './studentState';

const goalText = (goal: GoalStatus | undefined): string => (goal === undefined ? 'not checked' : goal.passed ? 'met' : 'not met');

/** The class's results as CSV: one row per student and lesson step, with the goal status their own engine computed. */
export function classResultsCsv(lesson: Lesson, roster: readonly RosterRow[]): string {
  const header = ['Student', 'Step', 'Step title', 'Goal', 'Conditions met', 'Submitted at (UTC)'];
  const rows = roster.flatMap((row) =>
    lesson.steps.map((step, index) => {
      const goal = row.state.goals.get(step.id);
      const submission = row.state.submissions.get(step.id);
      return [row.name, String(index + 1), step.title, goalText(goal), goal ? `${goal.conditionsMet} of ${goal.conditions}` : '', submission ? new Date(submission.submittedAtMs).toISOString() : ''];
    }),
  );
  return formatCsv(header, rows);
}

/** A submitted design in the export bundle: the scenario when it passes `parseScenario`, or why it does not. */
type BundledDesign = { submittedAt: string; stepTitle: string } & ({ scenario: Scenario } | { problem: string });

export interface ClassDesignsBundle {
  format: 'meridian-class-designs';
  version: 1;
  lesson: { id: string; title: string };
  joinCode: string;
  exportedAt: string;
  students: { name: string; submissions: BundledDesign[] }[];
}

/** Every submitted design of the class, each checked by `parseScenario` (the same door as an import), as one JSON document. */
export function classDesignsBundle(lesson: Lesson, roster: readonly RosterRow[], joinCode: string, exportedAtMs: number): ClassDesignsBundle {
  return {
    format: 'meridian-class-designs',
    version: 1,
    lesson: { id: lesson.id, title: lesson.title },
    joinCode,
    exportedAt: new Date(exportedAtMs).toISOString(),
    students: roster.map((row) => ({
      name: row.name,
      submissions: lesson.steps.flatMap((step) => {
        const submission = row.state.submissions.get(step.id);
        if (!submission) return [];
        const parsed = parseScenario(submission.designJson);
        const design = parsed.ok ? { scenario: parsed.scenario } : { problem: `${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}` };
        return [{ submittedAt: new Date(submission.submittedAtMs).toISOString(), stepTitle: step.title, ...design }];
      }),
    })),
  };
}
