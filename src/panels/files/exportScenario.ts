import type { Scenario } from '../../model';

const fallbackFileStem = 'scenario';
const maxFileStemLength = 80;

/** `Three-tier web app, two zones` → `three-tier-web-app-two-zones.meridian.json`. */
export function scenarioFileName(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxFileStemLength)
    .replace(/^-+|-+$/g, '');
  return `${stem || fallbackFileStem}.meridian.json`;
}

/** The document as people and diffs read it: two-space indentation and a final newline. */
export const scenarioToJson = (scenario: Scenario) => `${JSON.stringify(scenario, null, 2)}\n`;

/** Downloads the scenario as a file, entirely locally (a Blob URL; no network). */
export function exportScenario(scenario: Scenario): void {
  const url = URL.createObjectURL(new Blob([scenarioToJson(scenario)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = scenarioFileName(scenario.name);
  link.click();
  // Revoking synchronously can cancel the download in some browsers; the next task is late enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
