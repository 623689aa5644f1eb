/**
 * Every figure the engine produces for every template, test fixture and a fixed sample of random
 * designs, as one JSON text with full precision: the proof that a refactor of the engine changes no
 * figure is that this text is byte for byte the same before and after it.
 * Usage: `npx tsx bench/reportDump.ts > before.json`, change the engine, run it again and `cmp`.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../src/model';
import { compileScenario, evaluate } from '../src/engine';
import { buildCallPlans } from '../src/engine/compile/callPlans';
import { populationUnitLoads } from '../src/engine/latency/componentTimes';
import { LoadRunner } from '../src/engine/capacity/loadRunner';
import { populationTrafficOf, unitLoadOf } from '../src/engine/performanceStructure';
import { validScenario } from '../src/engine/test/randomScenario';
import { loadFixture, loadTemplate, templateFiles } from '../src/engine/test/templateFixtures';

const randomDesigns = 200;
const seed = 16_1_2026;

const fixtures = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'engine', 'test', 'fixtures')).filter((file) => file.endsWith('.json'));
const scenarios: Array<[string, Scenario]> = [
  ...templateFiles().map((file): [string, Scenario] => [`templates/${file}`, loadTemplate(file)]),
  ...fixtures.map((file): [string, Scenario] => [`fixtures/${file}`, loadFixture(file)]),
  ...fc.sample(validScenario, { seed, numRuns: randomDesigns }).map((scenario, i): [string, Scenario] => [`random/${i}`, scenario]),
];

/** Numbers JSON cannot hold (NaN, ±Infinity, −0) written out so that they compare too. */
const exact = (_key: string, value: unknown) => (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)) ? `number:${String(Object.is(value, -0) ? '-0' : value)}` : value);

/** The traffic tables the sections read, as plain arrays: the load walk's own output, before any rounding by a section. */
function traffic(scenario: Scenario) {
  const model = compileScenario(scenario);
  const plans = buildCallPlans(model);
  const unitLoad = unitLoadOf(model);
  const arrays = (load: object) => Object.fromEntries(Object.entries(load).map(([key, values]) => [key, Array.from(values as ArrayLike<number>)]));
  return {
    unitLoad: arrays(unitLoad),
    requestPaths: populationUnitLoads(new LoadRunner(model, plans), 'requestPath').map(arrays),
    populationTraffic: populationUnitLoads(new LoadRunner(model, plans), 'traffic').map(arrays),
    plan: populationTrafficOf(model).edgeCalls.map((calls) => Array.from(calls)),
  };
}

for (const [name, scenario] of scenarios) process.stdout.write(`${JSON.stringify({ name, report: evaluate(scenario), traffic: traffic(scenario) }, exact)}\n`);
