import { Presentation } from 'lucide-react';
import type { RosterRow } from '../../classroom';
import type { Lesson } from '../../model';
import { useMeridianStore } from '../../store';
import { ScenarioThumbnail } from '../compare/ScenarioThumbnail';
import { useModalDialog } from '../useModalDialog';
import { GoalBadge } from './GoalBadge';
import { useParsedDesign } from './parsedDesign';

/** One student's design, read-only, large enough to discuss; "Show to the room" switches to presenter mode. */
export function StudentDesignDialog({ row, lesson, onClose }: { row: RosterRow; lesson: Lesson; onClose: () => void }) {
  const dialog = useModalDialog(true);
  const design = useParsedDesign(row.designJson);
  const presenting = useMeridianStore((state) => state.presenting);
  const step = lesson.steps[row.stepIndex];
  return (
    <dialog ref={dialog} className={`files-dialog class-design${presenting ? ' class-design--presenting' : ''}`} aria-labelledby="class-design-title" data-testid="class.design" onClose={onClose}>
      <h2 id="class-design-title" className="class-design__title">
        <span data-testid="class.design.name">{row.name}</span>&apos;s design <span className="class-design__readonly">read-only</span>
      </h2>
      <p className="class-design__step">
        Step {row.stepIndex + 1}: {step?.title} <GoalBadge goal={row.goal} testId="class.design.goal" />
      </p>
      <div className="class-design__drawing">{design ? <ScenarioThumbnail scenario={design} diff={null} testId="class.design.thumbnail" /> : <p>{row.name} has no design to show yet.</p>}</div>
      <div className="files-dialog-actions class-design__actions">
        <button type="button" className={`files-button${presenting ? ' is-on' : ''}`} aria-pressed={presenting} onClick={useMeridianStore.getState().togglePresenting} data-testid="class.design.present">
          <Presentation size={14} aria-hidden /> Show to the room
        </button>
        <button type="button" className="files-button files-button-primary" autoFocus onClick={() => dialog.current?.close()} data-testid="class.design.close">
          Close
        </button>
      </div>
    </dialog>
  );
}
