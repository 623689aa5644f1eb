import { compileScenario, createEngineSession, linearSpace, sweepLoad } from '../engine';
import { checkGoal } from '../lessons/checkGoal';
import { stepStartScenario } from '../lessons/stepStartScenario';
import { applyScenarioChanges, createChainScenario, createFanScenario, parseLesson, parseScenario, type ComponentKind, type Scenario } from '../model';
import { decodeShareFragment } from '../share';
import { formatReport } from './formatReport';
import { parseSimulateArgs, simulateScenario } from './simulateCommand';

/**
 * One input of the fuzz run (`npm run fuzz`) and of its regression corpus: a document as text (a
 * scenario, a lesson, a share link), or a recipe for one too large to keep (a chain as long as the limits,
 * a fan as wide).
 */
export type HostileInput =
  | { kind: 'scenario'; text: string }
  | { kind: 'lesson'; text: string }
  | { kind: 'link'; fragment: string }
  | { kind: 'chain'; length: number; componentKind: ComponentKind; callsPerRequest: number }
  | { kind: 'fan'; width: number; hubKind: 'loadBalancer' | 'compute'; calleeKind: ComponentKind; parallel: boolean };

/** The scenario a recipe stands for, as JSON text (what an import would read). */
function recipeText(input: Extract<HostileInput, { kind: 'chain' | 'fan' }>): string {
  const scenario = input.kind === 'chain' ? createChainScenario(input.length, input.componentKind, input.callsPerRequest) : createFanScenario(input.width, input.hubKind, input.calleeKind, input.parallel);
  return JSON.stringify(scenario);
}

/**
 * Largest report the CLI may print, characters of JSON: a fixed part and a part per element of the design.
 * A report says a few things about each component and edge (its latency, availability, recovery events and
 * cost lines: ~1 kB), so a fan of 5 000 databases honestly prints 10 MB; what this catches is output that
 * grows faster than the design (a fuzzed document printed 78 MB).
 */
export const maxReportJsonChars = (scenario: Scenario) => 1_000_000 + 2_000 * (scenario.components.length + scenario.edges.length + scenario.clients.length);

/** Every number reachable in `value` that is NaN (always wrong), with its path; at most a few. */
function nonFiniteNumbers(value: unknown, root: string): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0 && found.length < 5) {
    const [node, path] = stack.pop() as [unknown, string];
    if (typeof node === 'number' && Number.isNaN(node)) found.push(`${path} is NaN`);
    else if (node !== null && typeof node === 'object') for (const [key, item] of Object.entries(node)) stack.push([item, `${path}.${key}`]);
  }
  return found;
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const prototypeKeys = () => prototypes.map((prototype) => Reflect.ownKeys(prototype).length);

/** What the CLI does with a valid scenario: evaluate (text and JSON), a short load sweep, a short simulation. */
function runScenario(scenario: Scenario): string[] {
  const problems: string[] = [];
  const report = createEngineSession().evaluate(scenario);
  formatReport(report, scenario);
  const json = JSON.stringify(report);
  if (json.length > maxReportJsonChars(scenario)) problems.push(`the report is ${json.length.toLocaleString('en-US')} characters of JSON`);
  problems.push(...nonFiniteNumbers(report, 'report'));
  const top = Math.max(1, scenario.workload.requestsPerSecond * 2);
  problems.push(...nonFiniteNumbers(sweepLoad(compileScenario(scenario), linearSpace(0, top, 4)), 'sweep'));
  const args = parseSimulateArgs(['--seconds', '2'], scenario);
  if (typeof args !== 'string') problems.push(...nonFiniteNumbers(simulateScenario(scenario, args).totals, 'simulate.totals'));
  return problems;
}

/** What the app does with a lesson: every step's start and reference solution applied, its goal checked. */
function runLesson(text: string): string[] {
  const parsed = parseLesson(text);
  if (!parsed.ok) return [];
  const problems: string[] = [];
  let current: Scenario | null = null;
  for (const step of parsed.lesson.steps) {
    const start = stepStartScenario(step, current);
    if (!start.ok) return problems;
    const end = applyScenarioChanges(start.scenario, step.solution ?? []);
    current = end.ok ? end.scenario : start.scenario;
    const report = createEngineSession().evaluate(current);
    problems.push(...nonFiniteNumbers(checkGoal(step.goal, report), `goal of ${step.id}`));
  }
  return problems;
}

/**
 * Runs one hostile input through the CLI's and the app's parsing and engine (in Node) and returns
 * what went wrong: a thrown error, NaN in what they produce, an oversized report, a polluted
 * prototype. An empty list means the input was refused with a message or handled. Hangs are the
 * caller's to catch (the fuzz run gives each input a time budget in a child process).
 */
export async function checkHostileInput(input: HostileInput): Promise<string[]> {
  const before = prototypeKeys();
  const problems: string[] = [];
  try {
    if (input.kind === 'lesson') problems.push(...runLesson(input.text));
    else if (input.kind === 'link') {
      const shared = await decodeShareFragment(input.fragment);
      if (shared.kind === 'scenario') problems.push(...runScenario(shared.scenario));
      if (shared.kind === 'lesson') problems.push(...runLesson(JSON.stringify(shared.document)));
    } else {
      const parsed = parseScenario(input.kind === 'scenario' ? input.text : recipeText(input));
      if (parsed.ok) problems.push(...runScenario(parsed.scenario));
    }
  } catch (error) {
    problems.push(`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  if (prototypeKeys().some((count, i) => count !== before[i])) problems.push('polluted a prototype');
  return problems;
}
