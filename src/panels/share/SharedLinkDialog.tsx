import { Link2 } from 'lucide-react';
import { laidOutIfNeeded } from '../../canvas';
import { loadBundledLessons } from '../../lessons';
import { useMeridianStore } from '../../store';
import { pushFileNotice } from '../../store/persistenceNotices';
import { useImportFailure } from '../files/useImportFailure';
import { useLessonSession } from '../lessons/useLessonSession';
import { ModalDialog } from '../../ui';
import { useShareState, type PendingShare } from './useShareState';
import '../files/files.css';
import './share.css';

/** Opens what a link carried — always as a copy in a new tab, never over the person's work. */
function acceptShare(pending: PendingShare): void {
  if (pending.kind === 'scenario') {
    // A link written by hand or by another tool may carry no layout: it opens tidied, not piled up.
    void laidOutIfNeeded(pending.scenario).then((scenario) => {
      useMeridianStore.getState().openScenarios([scenario]);
      pushFileNotice({ tone: 'success', title: `Opened a copy of ${scenario.name} in a new tab` });
    });
    return;
  }
  // A shared copy is checked against the shipped lessons, fetched on demand.
  void loadBundledLessons().then(() => acceptLesson(pending.document));
}

function acceptLesson(document: unknown): void {
  const kept = useLessonSession.getState().keepCustomLesson(document);
  if (!kept.ok) {
    useImportFailure.getState().showImportFailure({ fileName: 'shared lesson', title: 'Could not open the shared lesson', source: 'The lesson', issues: kept.issues });
    return;
  }
  if (!useMeridianStore.getState().panels.lessons) useMeridianStore.getState().togglePanel('lessons');
  useLessonSession.getState().start(kept.lesson);
}

function describe(pending: PendingShare): { title: string; name: string; detail: string; action: string } {
  return pending.kind === 'scenario'
    ? { title: 'Open shared scenario as a copy?', name: pending.scenario.name, detail: 'It opens in a new tab. Your current work stays exactly as it is.', action: 'Open copy' }
    : { title: 'Open shared lesson?', name: pending.lesson.title, detail: `${pending.lesson.steps.length} steps, about ${pending.lesson.minutes} min. It is added to your lessons, and its design opens in a new tab: your current work stays as it is.`, action: 'Open lesson' };
}

/** Asks before anything from a link is opened. */
export function SharedLinkDialog() {
  const pending = useShareState((state) => state.pending);
  if (!pending) return null;
  const text = describe(pending);
  return (
    <ModalDialog title={text.title} icon={Link2} className="files-dialog share-dialog" testId="share.open" onClose={() => useShareState.getState().setPending(null)}>
      {(close) => (
        <>
          <p>
            <strong data-testid="share.open.name">{text.name}</strong>
          </p>
          {pending.kind === 'scenario' && pending.scenario.description && <p>{pending.scenario.description}</p>}
          <p>{text.detail}</p>
          <div className="files-dialog-actions">
            <button type="button" className="files-button" autoFocus onClick={close} data-testid="share.open.cancel">
              Not now
            </button>
            <button type="button" className="files-button files-button-primary" onClick={() => (acceptShare(pending), close())} data-testid="share.open.confirm">
              {text.action}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
