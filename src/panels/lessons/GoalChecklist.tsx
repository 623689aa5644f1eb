import { CircleCheck, CircleX, LoaderCircle } from 'lucide-react';
import { formatSeconds } from '../../charts';
import { describeCondition, type GoalResult } from '../../lessons';
import { useNameOf } from '../../store';

function actualText(result: GoalResult['conditions'][number]): string {
  if (result.problem) return result.problem;
  if (result.actual === null || result.actualText === null) return '';
  if (result.condition.kind === 'survive') return result.actualText;
  const exact = result.actualText;
  // "now 86 400 s" against "at most 5 min" makes the reader divide: durations read as time, exactly beside.
  return result.unit === 's' && result.actual >= 60 ? `now ${formatSeconds(result.actual)} (${exact})` : `now ${exact}`;
}

/** The step's goal, one line per condition, green or red as the engine's figures come in. */
export function GoalChecklist({ result, updating }: { result: GoalResult | null; updating: boolean }) {
  const nameOf = useNameOf();
  const state = result === null ? 'waiting' : result.passed ? 'met' : 'unmet';
  return (
    <section className={`lesson-goal lesson-goal--${state}`} aria-label="Goal" data-testid="lessons.goal" data-state={state}>
      <header className="lesson-goal__header">
        <h3>Goal</h3>
        <span className="lesson-goal__status" role="status" data-testid="lessons.goal.status">
          {updating && <LoaderCircle size={13} className="lesson-spin" aria-hidden />}
          {state === 'met' ? 'Goal met' : state === 'unmet' ? 'Not yet' : 'Computing…'}
        </span>
      </header>
      <ul className="lesson-goal__conditions">
        {result?.conditions.map((condition, index) => (
          <li key={index} className={condition.passed ? 'is-passed' : 'is-failed'} data-testid={`lessons.goal.condition.${index}`} data-passed={condition.passed}>
            {condition.passed ? <CircleCheck size={16} aria-label="passes" /> : <CircleX size={16} aria-label="fails" />}
            <span className="lesson-goal__label">{describeCondition(condition.condition, nameOf)}</span>
            <span className="lesson-goal__actual">{actualText(condition)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
