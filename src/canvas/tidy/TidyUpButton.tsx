import { WandSparkles } from 'lucide-react';
import { useState } from 'react';
import { tidyUpCommand } from '../../commands';
import { tidyUpDesign } from './tidyUpDesign';

/** Lays the whole design out with ELK (one undo step); says so while ELK works. */
export function TidyUpButton() {
  const [busy, setBusy] = useState(false);
  const tidy = () => {
    setBusy(true);
    void tidyUpDesign().finally(() => setBusy(false));
  };
  return (
    <div className="edge-toggle canvas-actions">
      <button type="button" className="edge-toggle__option" onClick={tidy} disabled={busy} title={`${tidyUpCommand.label} (${tidyUpCommand.shortcuts?.join(' or ')})`} data-testid="canvas.tidy-up">
        <WandSparkles size={14} aria-hidden />
        {busy ? 'Tidying…' : 'Tidy up'}
      </button>
    </div>
  );
}
