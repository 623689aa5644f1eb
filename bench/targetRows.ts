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
  /** null for an info row beside a target (its cold figure, say), which is not itself a target. */
  met: boolean | null;
}

/**
 * Records `row` for the closing table of `npm run bench` (bench/bundleAndRun.mjs hands every part the
 * file in BENCH_TARGETS_FILE, and bench/targetsTable.ts prints it); a part run alone prints only its own table.
 */
export function reportTarget(row: TargetRow): void {
  const file = process.env.BENCH_TARGETS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

/** An info row under the last target (a figure that explains it, not a target: no baseline, not counted as met or not). */
export function reportInfo(row: { target: string; measured: string }): void {
  reportTarget({ ...row, baseline: '—', ratio: '—', met: null });
}

/** `measured ÷ baseline` as the table prints it. */
export const ratioText = (measured: number, baseline: number): string => `${(measured / baseline).toFixed(2)}×`;
