import { formatRps, formatSeconds } from '../../charts';
import type { ClientPopulation, Scenario } from '../../model';

/** How a compared scenario's load and goals differ from the baseline's, in words; empty when they are alike. */
export interface Comparability {
  workload: string | null;
  populations: string | null;
  targets: string | null;
}

const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;

function workloadText(w: Scenario['workload']): string {
  return `${formatRps(w.requestsPerSecond)}, ${percent(w.readFraction)} reads, ${w.payloadKbIn} kB in / ${w.payloadKbOut} kB out, peak ×${w.peakFactor}`;
}

/** A population as far as the engine is concerned: everything but its id. */
const populationKey = ({ id: _id, ...rest }: ClientPopulation) => JSON.stringify(rest);
const populationsText = (clients: readonly ClientPopulation[]) => clients.map((c) => `${c.name} ${percent(c.share)}`).join(', ');
const targetsText = ({ rtoSec, rpoSec }: Scenario['recovery']['targets']) => `RTO ${formatSeconds(rtoSec)}, RPO ${formatSeconds(rpoSec)}`;

/**
 * What makes `scenario` not like-with-like against `baseline` (issue #16): a different workload, different
 * populations (compared by everything but their ids) or different recovery targets, each as
 * "this (baseline: that)"; null where they agree.
 */
export function comparability(baseline: Scenario, scenario: Scenario): Comparability {
  const sameWorkload = JSON.stringify(baseline.workload) === JSON.stringify(scenario.workload);
  const keys = (s: Scenario) => s.clients.map(populationKey).sort().join('\n');
  const { targets } = scenario.recovery;
  const sameTargets = targets.rtoSec === baseline.recovery.targets.rtoSec && targets.rpoSec === baseline.recovery.targets.rpoSec;
  return {
    workload: sameWorkload ? null : `${workloadText(scenario.workload)} (baseline: ${workloadText(baseline.workload)})`,
    populations: keys(baseline) === keys(scenario) ? null : `${populationsText(scenario.clients)} (baseline: ${populationsText(baseline.clients)})`,
    targets: sameTargets ? null : `${targetsText(targets)} (baseline: ${targetsText(baseline.recovery.targets)})`,
  };
}

export const isComparable = (c: Comparability) => c.workload === null && c.populations === null && c.targets === null;
