import { GraduationCap, Presentation } from 'lucide-react';
import { presenterAction } from '../../commands';
import { useMeridianStore } from '../../store';
import { ClassButton } from '../classroom';

const shortcutText = (presenterAction.shortcuts ?? []).join(' or ');

/** Toolbar buttons for workshops: the lessons panel, joining or starting a class, and presenter mode (also on its shortcut). */
export function WorkshopButtons() {
  const lessonsOpen = useMeridianStore((state) => state.panels.lessons);
  const presenting = useMeridianStore((state) => state.presenting);
  const { togglePanel, togglePresenting } = useMeridianStore.getState();
  return (
    <>
      <button type="button" className={`button button--ghost workshop-toggle${lessonsOpen ? ' is-on' : ''}`} onClick={() => togglePanel('lessons')} aria-pressed={lessonsOpen} aria-label="Lessons" title="Lessons" data-testid="toolbar.lessons">
        <GraduationCap size={15} aria-hidden /> <span className="toolbar-primary-label">Lessons</span>
      </button>
      <ClassButton />
      <button
        type="button"
        className={`button button--ghost workshop-toggle${presenting ? ' is-on' : ''}`}
        onClick={togglePresenting}
        aria-pressed={presenting}
        title={`${presenterAction.label} (${shortcutText})`}
        aria-label={presenterAction.label}
        data-testid="toolbar.presenter"
      >
        <Presentation size={15} aria-hidden />
      </button>
    </>
  );
}
