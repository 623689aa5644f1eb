import { Upload } from 'lucide-react';
import './files.css';

/** Shown while a file is dragged over the window; it lets events through to the window listener. */
export function DropOverlay({ active }: { active: boolean }) {
  if (!active) return null;
  return (
    <div className="files-drop-overlay" data-testid="files.drop-overlay" aria-hidden="true">
      <div className="files-drop-message">
        <Upload size={32} />
        <p>Drop a Meridian scenario (.json) to open it</p>
        <p className="files-drop-hint">Your current scenario stays if the file cannot be used.</p>
      </div>
    </div>
  );
}
