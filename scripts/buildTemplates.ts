// Writes the scenario templates in templates/ (JSON, validated by src/engine/test/templates.test.ts):
// the built-in example and designs built from the model's own defaults, each laid out by `autoLayout`.
// Run: npx tsx scripts/buildTemplates.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createExampleScenario, type Scenario } from '../src/model';
import { autoLayout } from '../src/commands';
import { pilotLight, warmStandby } from './templates/disasterRecovery';
import { edgeServerless, eventDriven } from './templates/edgeAndEvents';
import { multiAzThreeTier, singleRegionMonolith, twoRegionActiveActive } from './templates/firstDesigns';
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
const laidOut = (scenario: Scenario): Scenario => (Object.keys(scenario.layout.nodes).length > 0 ? scenario : { ...scenario, layout: autoLayout(scenario) });
const templates = [createExampleScenario(), ...designs].map(laidOut);
for (const scenario of templates) writeFileSync(join(templatesDir, `${scenario.id}.json`), `${JSON.stringify(scenario, null, 2)}\n`);
console.log(`wrote ${templates.length} templates`);
