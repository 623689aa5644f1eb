import '../model/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RestoreGate } from '../panels';
import { App } from './App';
import { bootstrapFiles } from './bootstrap';
import { bootstrapChaos } from './bootstrapChaos';
import { bootstrapCompare } from './bootstrapCompare';
import { bootstrapEngine } from './bootstrapEngine';
import { bootstrapPrint } from './bootstrapPrint';
import { startPerformanceMarks } from './performanceMarks';
import { prefetchPanelsAfterFirstResults } from './prefetchPanels';
import { registerServiceWorker } from './registerServiceWorker';
import { startTheme } from './theme/theme';
import './app.css';

// Restore saved work before the editor mounts, so autosave never overwrites it with the example;
// the engine starts on whatever document that leaves open.
void bootstrapFiles().finally(bootstrapEngine);
bootstrapCompare();
bootstrapChaos();
bootstrapPrint();
registerServiceWorker();
startTheme();
startPerformanceMarks();
prefetchPanelsAfterFirstResults();

const root = document.getElementById('root');
if (!root) throw new Error('Meridian: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <RestoreGate>
      <App />
    </RestoreGate>
  </StrictMode>,
);
