import type { GoalStatus } from '../../classroom';

/** A step's goal as a student's engine checked it: met, how far along, or not checked yet. */
export function GoalBadge({ goal, testId }: { goal: GoalStatus | null; testId: string }) {
  const tone = goal === null ? 'none' : goal.passed ? 'met' : 'open';
  const text = goal === null ? 'Not checked yet' : goal.passed ? 'Goal met' : `${goal.conditionsMet} of ${goal.conditions} conditions`;
  return (
    <span className={`class-goal class-goal--${tone}`} data-testid={testId} data-goal={tone}>
      {text}
    </span>
  );
}
