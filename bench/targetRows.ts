import { appendFileSync } from 'node:fs';

/** One SPEC §6 target as the closing table of `npm run bench` shows it. */
export interface TargetRow {
  /** What is measured and its SPEC §6 target, e.g. "edit to screen, 100 components, p95 ≤ 100 ms". */
  target: string;
  measured: string;
  /** What the same run measured as the baseline, in words ("12.3 ms from scratch"), or "—" for none. */
  baseline: string;
  /** measured ÷ baseline, or "—" without a baseline. */
  ratio: string;
  met: boolean;
}

/**
 * Records `row` for the closing table of `npm run bench` (bench/bundleAndRun.mjs hands every part the
 * file in BENCH_TARGETS_FILE, and bench/targetsTable.ts prints it); a part run alone prints only its own table.
 */
export function reportTarget(row: TargetRow): void {
  const file = process.env.BENCH_TARGETS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

/** `measured ÷ baseline` as the table prints it. */
export const ratioText = (measured: number, baseline: number): string => `${(measured / baseline).toFixed(2)}×`;
