import { readFile } from 'node:fs/promises';
import { compileScenario, createEngineSession, linearSpace, sweepLoad } from '../engine';
import { describeError, formatIssue, maxNumberMagnitude, parseScenario, type Scenario } from '../model';
import { formatReport, formatSweep } from './formatReport';
import { formatSimulation, parseSimulateArgs, simulateScenario } from './simulateCommand';

const usage = `Usage:
  meridian evaluate <scenario.json> [--json]
  meridian validate <scenario.json>
  meridian sweep <scenario.json> --load FROM:TO:POINTS [--json]
  meridian simulate <scenario.json> --seconds N [--fail <target>@<t>[-<t'>]]... [--seed S] [--json]`;

/** Exit codes: 0 success, 1 other errors (usage, unreadable file), 2 invalid scenario. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

async function loadScenario(path: string | undefined): Promise<Scenario> {
  if (path === undefined) throw new CliError(`missing <scenario.json>\n${usage}`, 1);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeError(error)}`, 1);
  }
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    const [first] = parsed.issues;
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
    throw new CliError(`${path}: ${first ? formatIssue(first) : 'invalid scenario'}${more}`, 2);
  }
  return parsed.scenario;
}

function parseLoad(spec: string | undefined): number[] {
  const parts = (spec ?? '').split(':').map(Number);
  const [from, to, points] = parts;
  // Loads are requests per second, bounded as the schema bounds workload.requestsPerSecond (∞ printed NaN).
  if (parts.length !== 3 || from === undefined || to === undefined || points === undefined || !(from >= 0) || !(to >= from) || !(to <= maxNumberMagnitude) || !Number.isInteger(points) || points < 1 || points > 10_000) {
    throw new CliError(`--load must be FROM:TO:POINTS with 0 ≤ FROM ≤ TO ≤ ${maxNumberMagnitude.toExponential().replace('+', '')} requests/s and 1 ≤ POINTS ≤ 10000, got "${spec ?? ''}"`, 1);
  }
  return linearSpace(from, to, points);
}

/** Runs the CLI on `args` (without node and script); returns the exit code. */
export async function runMeridian(args: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [command, file, ...rest] = args;
  const json = rest.includes('--json');
  try {
    switch (command) {
      case 'evaluate': {
        const scenario = await loadScenario(file);
        const report = createEngineSession().evaluate(scenario);
        out(json ? JSON.stringify(report, null, 2) : formatReport(report, scenario));
        return 0;
      }
      case 'validate': {
        const scenario = await loadScenario(file);
        out(`${file}: valid (${scenario.components.length} components, ${scenario.edges.length} edges, ${scenario.clients.length} client populations)`);
        return 0;
      }
      case 'sweep': {
        const scenario = await loadScenario(file);
        const loads = parseLoad(rest[rest.indexOf('--load') + 1]);
        const points = sweepLoad(compileScenario(scenario), loads);
        out(json ? JSON.stringify(points, null, 2) : formatSweep(points));
        return 0;
      }
      case 'simulate': {
        const scenario = await loadScenario(file);
        const simulateArgs = parseSimulateArgs(rest, scenario);
        if (typeof simulateArgs === 'string') throw new CliError(simulateArgs, 1);
        const result = simulateScenario(scenario, simulateArgs);
        out(json ? JSON.stringify(result, null, 2) : formatSimulation(result, scenario, createEngineSession().evaluate(scenario), simulateArgs.failures));
        return 0;
      }
      default:
        throw new CliError(command === undefined ? usage : `unknown command "${command}"\n${usage}`, 1);
    }
  } catch (error) {
    if (error instanceof CliError) {
      err(error.message);
      return error.exitCode;
    }
    err(`meridian: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
