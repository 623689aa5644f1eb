import { Scale, TriangleAlert } from 'lucide-react';
import { useMemo } from 'react';
import { useMeridianStore } from '../../store';
import { comparability, isComparable, type Comparability } from './comparability';
import { structuralDifferences } from './structuralDifferences';
import type { CompareColumn } from './useComparison';

const differenceLines = (c: Comparability): Array<[string, string]> =>
  (
    [
      ['workload', c.workload],
      ['populations', c.populations],
      ['targets', c.targets],
    ] as const
  ).flatMap(([what, text]) => (text ? [[what, text] as [string, string]] : []));

/**
 * Above the tradeoff table: whether the compared designs are like with like — when their workload,
 * populations or recovery targets differ from the baseline's it says how, and offers to evaluate them
 * all at the baseline's workload and targets — and, per design, the structural differences from the
 * baseline that explain its deltas.
 */
export function CompareNotes({ columns, baselineIndex }: { columns: readonly CompareColumn[]; baselineIndex: number }) {
  const aligned = useMeridianStore((state) => state.compareAtBaselineWorkload);
  const setAligned = useMeridianStore((state) => state.setCompareAtBaselineWorkload);
  const baseline = columns[baselineIndex];
  const notes = useMemo(
    () =>
      columns.flatMap((column, i) =>
        baseline && i !== baselineIndex
          ? [{ column, i, differs: comparability(baseline.own, column.own), structure: structuralDifferences(baseline.own, column.own) }]
          : [],
      ),
    [columns, baseline, baselineIndex],
  );
  if (!baseline) return null;
  const unlike = notes.filter((note) => !isComparable(note.differs));
  return (
    <section className="compare-notes" aria-label="What the comparison compares" data-testid="compare.notes">
      {unlike.length > 0 && (
        <div className="compare-notes__unlike" role="status" data-testid="compare.unlike" data-aligned={aligned ? 'true' : 'false'}>
          <TriangleAlert size={16} aria-hidden />
          <div>
            <p>
              {aligned
                ? `Evaluated at ${baseline.own.name}’s workload and recovery targets; populations stay as each design draws them. As drawn, they differ:`
                : `Not like with like: these designs differ from the baseline (${baseline.own.name}) in what they are asked to do, so a delta mixes the design with its load and goals.`}
            </p>
            <ul>
              {unlike.map(({ column, i, differs }) => (
                <li key={column.tabId} data-testid={`compare.unlike.${i}`}>
                  <strong>{column.own.name}</strong>
                  {differenceLines(differs).map(([what, text]) => (
                    <span key={what}>
                      {' '}
                      — {what}: {text}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
            <button type="button" className="button" data-testid="compare.alignWorkload" onClick={() => setAligned(!aligned)}>
              {aligned ? 'Use each design’s own workload and targets' : 'Evaluate all at the baseline’s workload and targets'}
            </button>
          </div>
        </div>
      )}
      {notes.some((note) => note.structure.length > 0) && (
        <div className="compare-notes__structure" data-testid="compare.structure">
          <Scale size={16} aria-hidden />
          <div>
            <p>What explains the deltas: how each design is built differently from {baseline.own.name}.</p>
            <ul>
              {notes.map(({ column, i, structure }) => (
                <li key={column.tabId} data-testid={`compare.structure.${i}`}>
                  <strong>{column.own.name}</strong> {structure.length > 0 ? structure.join('; ') : 'is built the same way'}.
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
