import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../../model';

const templatesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');

/** The template files (`templates/*.json`), by name. */
export function templateFiles(): string[] {
  return readdirSync(templatesDir).filter((file) => file.endsWith('.json'));
}

const templateText = (file: string) => readFileSync(join(templatesDir, file), 'utf8');

/** A template's JSON as stored, before the schema sees it. */
export function templateJson(file: string): unknown {
  return JSON.parse(templateText(file));
}

/** A template, through the one door (`parseScenario`); a template that does not parse is a test failure. */
export function loadTemplate(file: string): Scenario {
  const parsed = parseScenario(templateText(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.scenario;
}

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A scenario kept for tests in `src/engine/test/fixtures` (a design retired from the gallery, still worked out by hand), through `parseScenario`. */
export function loadFixture(file: string): Scenario {
  const parsed = parseScenario(readFileSync(join(fixturesDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.scenario;
}
