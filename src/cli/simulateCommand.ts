import { compileScenario, createSimulation, parseFailureSpec, resolveFailureTarget, type FailureInjection, type Report, type SimulationTotals, type SimulationWindow } from '../engine';
import { analyticRecoveryOf, recoveryVerdictText, refusedVisitsText, reportNames, simulatedRecoveryVerdict } from '../export';
import { formatSeconds } from '../format';
import type { Scenario } from '../model';
import { table } from './formatTable';

/** `meridian simulate` options. */
export interface SimulateArgs {
  seconds: number;
  seed: number;
  failures: FailureInjection[];
}

/** The JSON `meridian simulate --json` prints. */
export interface SimulateOutput {
  series: SimulationWindow[];
  totals: SimulationTotals;
}

const maxSeconds = 86_400;
/**
 * Most requests one run simulates (load × seconds). A request costs ~10–30 µs of CPU on the templates, so
 * a run at the bound answers within seconds: 3 M (the bound before) took a minute, and a fuzzed 10⁶
 * requests/s for 2 s was still running after three.
 */
export const maxSimulatedRequests = 500_000;

function flagValues(rest: readonly string[], flag: string): string[] {
  return rest.flatMap((arg, i) => (arg === flag ? [rest[i + 1] ?? ''] : []));
}

/** Reads `--seconds N`, `--seed S` and every `--fail <target>@<t>[-<t'>]`; returns a message for the first problem. */
export function parseSimulateArgs(rest: readonly string[], scenario: Scenario): SimulateArgs | string {
  const [secondsText] = flagValues(rest, '--seconds');
  const [seedText] = flagValues(rest, '--seed');
  const seconds = Number(secondsText ?? '60');
  const seed = Number(seedText ?? '1');
  if (!(seconds > 0 && seconds <= maxSeconds)) return `--seconds must be a number of simulated seconds in (0, ${maxSeconds}], got "${secondsText ?? ''}"`;
  if (!Number.isInteger(seed)) return `--seed must be an integer, got "${seedText ?? ''}"`;
  const requests = scenario.workload.requestsPerSecond * seconds;
  if (requests > maxSimulatedRequests) {
    return `workload.requestsPerSecond × --seconds is ${requests.toLocaleString('en-US')} requests; the simulator runs at most ${maxSimulatedRequests.toLocaleString('en-US')} per run: lower the load or the seconds`;
  }
  const failures: FailureInjection[] = [];
  for (const spec of flagValues(rest, '--fail')) {
    const failure = parseFailureSpec(spec);
    if (typeof failure === 'string') return failure;
    const target = resolveFailureTarget(scenario, failure.target);
    if (typeof target === 'string') return `--fail ${spec}: ${target}`;
    failures.push(failure);
  }
  return { seconds, seed, failures };
}

/** Runs the simulator over the whole run (1 s windows). */
export function simulateScenario(scenario: Scenario, args: SimulateArgs): SimulateOutput {
  const simulation = createSimulation(compileScenario(scenario), { seconds: args.seconds, seed: args.seed, failures: args.failures });
  const series = simulation.step(args.seconds);
  return { series, totals: simulation.totals() };
}

const ms = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** The analytic RTO of the injected failures beside the measured recovery, as the chaos view puts them: the worst, and whether all are survived. */
function analyticRtoText(report: Report, scenario: Scenario, failures: readonly FailureInjection[]): string | null {
  const analytic = analyticRecoveryOf(report, scenario, failures);
  return analytic && `analytic RTO ${formatSeconds(analytic.rtoSeconds)}${analytic.survived ? '' : ', not survived: by the DR strategy'}`;
}

/**
 * A readable summary: totals and the recovery verdict the chaos view gives (`simulatedRecoveryVerdict`:
 * recovered means serving again within targets) beside the analytic RTO, then one row per window (at
 * most ~60 rows: every k-th window), elements named as the scenario names them.
 */
export function formatSimulation({ series, totals }: SimulateOutput, scenario: Scenario, report: Report, failures: readonly FailureInjection[]): string {
  const { nameOf } = reportNames(scenario);
  const every = Math.max(1, Math.ceil(series.length / 60));
  const rows = series
    .filter((_, i) => i % every === 0)
    .map((w) => [`${w.startSeconds.toFixed(0)}`, w.throughputPerSecond.toFixed(0), `${(w.successRate * 100).toFixed(1)} %`, ms(w.p50Ms), ms(w.p99Ms), Object.entries(w.states).map(([id, state]) => `${nameOf(id)} ${state}`).join(', ')]);
  const verdict = simulatedRecoveryVerdict({ windows: series, failures, totals, finished: true }, report, scenario);
  const analytic = analyticRtoText(report, scenario, failures);
  const recovery = `${verdict ? recoveryVerdictText(verdict, nameOf) : '—'}${analytic ? `; ${analytic}` : ''}`;
  return [
    `Simulated ${totals.simulatedSeconds} s: ${totals.requests} requests, ${totals.failedRequests} failed, ${totals.writesLost} writes lost (${totals.events} events)`,
    ...(totals.refusedVisits > 0 ? [refusedVisitsText(totals.refusedVisits)] : []),
    `Recovery, measured (serving again within targets): ${recovery}`,
    table(['t (s)', 'ok req/s', 'success', 'p50 ms', 'p99 ms', 'not ok'], rows),
  ].join('\n');
}
