import { maxWaitingJobs } from '../engine';

/** Why a simulation failed some requests at once: its bound on waiting jobs (`maxWaitingJobs`), said the same by the CLI and the chaos view. */
export function refusedVisitsText(refusedVisits: number): string {
  return `${refusedVisits.toLocaleString('en-US')} visits refused by a busy component: ${maxWaitingJobs.toLocaleString('en-US')} were already waiting (the design is far below its load; the simulator sheds the excess rather than queue it without end)`;
}
