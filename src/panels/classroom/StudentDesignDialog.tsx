import { Presentation } from 'lucide-react';
import type { RosterRow } from '../../classroom';
import type { Lesson } from '../../model';
import { useMeridianStore } from '../../store';
import { ScenarioThumbnail } from '../compare/ScenarioThumbnail';
import { ModalDialog } from '../../ui';
import { GoalBadge } from './GoalBadge';
import { useParsedDesign } from './parsedDesign';

/** One student's design, read-only, large enough to discuss; "Show to the room" switches to presenter mode. */
export function StudentDesignDialog({ row, lesson, onClose }: { row: RosterRow; lesson: Lesson; onClose: () => void }) {
  const design = useParsedDesign(row.designJson);
  const presenting = useMeridianStore((state) => state.presenting);
  const step = lesson.steps[row.stepIndex];
  const title = (
    <>
      <span data-testid="class.design.name">{row.name}</span>&apos;s design <span className="class-design__readonly">read-only</span>
    </>
  );
  return (
    <ModalDialog title={title} className={`files-dialog class-design${presenting ? ' class-design--presenting' : ''}`} titleClassName="class-design__title" testId="class.design" onClose={onClose}>
      {(close) => (
        <>
          <p className="class-design__step">
            Step {row.stepIndex + 1}: {step?.title} <GoalBadge goal={row.goal} testId="class.design.goal" />
          </p>
          <div className="class-design__drawing">{design ? <ScenarioThumbnail scenario={design} diff={null} testId="class.design.thumbnail" /> : <p>{row.name} has no design to show yet.</p>}</div>
          <div className="files-dialog-actions class-design__actions">
            <button type="button" className={`files-button${presenting ? ' is-on' : ''}`} aria-pressed={presenting} onClick={useMeridianStore.getState().togglePresenting} data-testid="class.design.present">
              <Presentation size={14} aria-hidden /> Show to the room
            </button>
            <button type="button" className="files-button files-button-primary" autoFocus onClick={close} data-testid="class.design.close">
              Close
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
