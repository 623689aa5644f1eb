// Writes the scenario templates in templates/ (JSON, validated by src/engine/test/templates.test.ts):
// the built-in example and designs built from the model's own defaults, each laid out by ELK (`tidyLayout`),
// here at build time so templates open tidy and tests see the same layout every run.
// Run: npx tsx scripts/buildTemplates.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createExampleScenario, type Scenario } from '../src/model';
import ELK from 'elkjs/lib/elk.bundled.js';
import { lacksLayout, tidyLayout } from '../src/commands';
import { pilotLight, twoRegionActiveActive, warmStandby } from './templates/disasterRecovery';
import { edgeServerless, eventDriven } from './templates/edgeAndEvents';
import { multiAzThreeTier, singleRegionMonolith } from './templates/firstDesigns';
import { monolithOneVm, monolithTwoZones } from './templates/monoliths';
import { shopMicroservices, shopMonolith } from './templates/shop';

const templatesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');

const designs: Scenario[] = [
  monolithOneVm(),
  singleRegionMonolith(),
  monolithTwoZones(),
  multiAzThreeTier(),
  pilotLight(),
  warmStandby(),
  twoRegionActiveActive(),
  edgeServerless(),
  eventDriven(),
  shopMonolith(),
  shopMicroservices(),
];
const elk = new ELK();
const laidOut = async (scenario: Scenario): Promise<Scenario> =>
  lacksLayout(scenario) ? { ...scenario, layout: await tidyLayout(scenario, (graph) => elk.layout(graph)) } : scenario;
const templates = await Promise.all([createExampleScenario(), ...designs].map(laidOut));
for (const scenario of templates) writeFileSync(join(templatesDir, `${scenario.id}.json`), `${JSON.stringify(scenario, null, 2)}\n`);
console.log(`wrote ${templates.length} templates`);
