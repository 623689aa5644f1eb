import { readFileSync } from 'node:fs';

/**
 * CPU ms the calling thread has run since it started, or NaN off Linux. Node 20 has no per-thread
 * `cpuUsage`; Linux keeps each thread's time on a CPU in `/proc/thread-self/schedstat` (ns, brought up
 * to date at each scheduler tick, so a reading may lag by one tick: a few ms, fine over a whole sweep).
 */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}
