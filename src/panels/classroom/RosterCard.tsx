import { Eye, FileCheck2 } from 'lucide-react';
import type { RosterRow } from '../../classroom';
import { ScenarioThumbnail } from '../compare/ScenarioThumbnail';
import { GoalBadge } from './GoalBadge';
import { useParsedDesign } from './parsedDesign';

interface RosterCardProps {
  row: RosterRow;
  stepCount: number;
  index: number;
  selected: boolean;
  onToggleSelected: () => void;
  onView: () => void;
}

/** One student on the teacher's roster: name, step, goal status from their own engine, and a drawing of their design. */
export function RosterCard({ row, stepCount, index, selected, onToggleSelected, onView }: RosterCardProps) {
  const design = useParsedDesign(row.designJson);
  const testId = `class.roster.${index}`;
  return (
    <li className={`class-roster__card${selected ? ' is-selected' : ''}`} data-testid={testId} data-student={row.name}>
      <button type="button" className="class-roster__drawing" onClick={onView} aria-label={`View ${row.name}'s design`} data-testid={`${testId}.view`}>
        {design ? <ScenarioThumbnail scenario={design} diff={null} testId={`${testId}.thumbnail`} /> : <span className="class-roster__empty">No design yet</span>}
      </button>
      <div className="class-roster__line">
        <label className="class-roster__name" title={`Select ${row.name} to compare`}>
          <input type="checkbox" checked={selected} onChange={onToggleSelected} data-testid={`${testId}.select`} />
          <span data-testid={`${testId}.name`}>{row.name}</span>
        </label>
        <button type="button" className="icon-button" onClick={onView} aria-label={`View ${row.name}'s design`} title="View (read-only)">
          <Eye size={14} />
        </button>
      </div>
      <div className="class-roster__line">
        <span className="class-roster__step" data-testid={`${testId}.step`}>
          Step {row.stepIndex + 1}/{stepCount}
        </span>
        {row.submitted && <FileCheck2 size={14} aria-label="Submitted" className="class-roster__submitted" data-testid={`${testId}.submitted`} />}
        <GoalBadge goal={row.goal} testId={`${testId}.goal`} />
      </div>
    </li>
  );
}
