import { Download, Upload } from 'lucide-react';
import { useRef, type ChangeEvent } from 'react';
import { useMeridianStore } from '../../store';
import { ExportMenu } from './ExportMenu';
import { ShareScenarioButton } from '../share/ShareScenarioButton';
import { exportScenario } from './exportScenario';
import { importScenarioFile } from './importScenarioFile';
import './files.css';

/** Import…, Export and Export as… (report, canvas image), for the toolbar. Errors and notices appear in `FilesLayer`. */
export function FileMenu() {
  const input = useRef<HTMLInputElement>(null);

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    event.currentTarget.value = '';
    if (file) void importScenarioFile(file);
  };

  return (
    <div className="files-menu" role="group" aria-label="Scenario file">
      <button type="button" className="files-button" title="Import a scenario file (JSON)" aria-label="Import…" data-testid="files.import" onClick={() => input.current?.click()}>
        <Upload size={16} aria-hidden="true" />
        <span className="toolbar-label">Import…</span>
      </button>
      <button
        type="button"
        className="files-button"
        title="Export the scenario as a JSON file"
        aria-label="Export"
        data-testid="files.export"
        onClick={() => exportScenario(useMeridianStore.getState().scenario)}
      >
        <Download size={16} aria-hidden="true" />
        <span className="toolbar-label">Export</span>
      </button>
      <ExportMenu />
      <ShareScenarioButton />
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="files.input"
        onChange={onFileChosen}
      />
    </div>
  );
}
