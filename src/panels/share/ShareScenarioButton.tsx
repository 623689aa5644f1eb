import { Link2 } from 'lucide-react';
import { useMeridianStore } from '../../store';
import { shareDocument } from './shareDocument';

/** "Share link" in the file menu: the open scenario as a link, or as a file when too long for one. */
export function ShareScenarioButton() {
  const share = () => {
    const { scenario } = useMeridianStore.getState();
    void shareDocument('scenario', scenario, scenario.name);
  };
  return (
    <button type="button" className="files-button" onClick={share} title="Share the open scenario as a link" aria-label="Share link" data-testid="files.share">
      <Link2 size={16} aria-hidden="true" />
      <span className="toolbar-label">Share</span>
    </button>
  );
}
