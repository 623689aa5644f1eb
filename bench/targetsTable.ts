// The last part of `npm run bench`: every SPEC §6 target the parts before it measured (bench/targetRows.ts),
// as one table, with the machine's load beside it (the figures of a busy machine are not a quiet one's).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { formatBenchRows } from './formatBenchRows';
import type { TargetRow } from './targetRows';

const file = process.env.BENCH_TARGETS_FILE ?? '';
const targets: TargetRow[] = existsSync(file)
  ? readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as TargetRow)
  : [];
const load = loadavg().map((value) => value.toFixed(2)).join(', ');
console.log(`SPEC §6 targets: ${targets.filter((row) => row.met === true).length} of ${targets.filter((row) => row.met !== null).length} met (${availableParallelism()} cores, load average ${load})`);
console.log(formatBenchRows([['target (SPEC §6)', 'measured', 'baseline, same run', 'measured ÷ baseline', 'met'], ...targets.map((row) => [row.target, row.measured, row.baseline, row.ratio, row.met === null ? '' : row.met ? 'yes' : 'NO'])]));
