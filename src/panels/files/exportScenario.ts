import type { Scenario } from '../../model';
import { downloadBlob } from './downloadFile';

const fallbackFileStem = 'scenario';
const maxFileStemLength = 80;

/**
 * A safe file name from the scenario name and an extension:
 * (`Three-tier web app, two zones`, `report.md`) → `three-tier-web-app-two-zones.report.md`.
 */
export function scenarioFileName(name: string, extension = 'meridian.json'): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxFileStemLength)
    .replace(/^-+|-+$/g, '');
  return `${stem || fallbackFileStem}.${extension}`;
}

/** The document as people and diffs read it: two-space indentation and a final newline. */
export const scenarioToJson = (scenario: Scenario) => `${JSON.stringify(scenario, null, 2)}\n`;

/** Downloads the scenario as a file, entirely locally (a Blob URL; no network). */
export function exportScenario(scenario: Scenario): void {
  downloadBlob(new Blob([scenarioToJson(scenario)], { type: 'application/json' }), scenarioFileName(scenario.name));
}
