import { BookOpen, Check, X } from 'lucide-react';
import { useState } from 'react';
import { formatQuantity, formatSeconds } from '../../../charts';
import type { Report } from '../../../engine';
import { methodOfFigure, type DocPage } from '../../method';
import { DocPageView } from '../../onDemandPanels';
import { ModalDialog } from '../../../ui';
import type { ResultLabels } from '../resultLabels';
import { breakdownOf, type BreakdownSection, type ExplainTarget } from './breakdown';

export interface ExplainDialogProps {
  report: Report;
  target: ExplainTarget;
  labels: ResultLabels;
  onClose: () => void;
}

/** Whether two figures agree to display precision (the engine sums in floating point). */
const agrees = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * How the figure's own row reads: against its target when it has one (a figure that misses its target
 * in green would read as a pass), else whether the terms add up to it.
 */
function headlineTone(target: BreakdownSection['target'], termsAddUp: boolean): string {
  if (target) return target.met ? 'is-pass' : 'is-fail';
  return termsAddUp ? 'is-match' : 'is-gap';
}

interface SectionViewProps {
  section: BreakdownSection;
  index: number;
  /** Minutes in the scenario's month, to show a share of unavailability as downtime. */
  monthMinutes: number | null;
}

/** Each term as a bar of a waterfall: starting where the terms before it end, as a % of `total`. */
function waterfallBars(values: readonly number[], total: number): Array<{ left: string; width: string }> {
  let end = 0;
  return values.map((value) => {
    const start = end;
    end += value;
    const percent = (x: number) => `${total > 0 ? (100 * x) / total : 0}%`;
    return { left: percent(Math.max(0, Math.min(start, end))), width: percent(Math.abs(value)) };
  });
}

function SectionView({ section, index, monthMinutes }: SectionViewProps) {
  const { title, terms, unit, sum, headline, references, target, waterfall, highlight, ranking } = section;
  const bars = waterfall ? waterfallBars(terms.map((term) => term.value), Math.max(sum, headline.value)) : null;
  const testId = `results.explain.section.${index}`;
  const downtime = (amount: number, amountUnit: string) =>
    amountUnit === 'unavailability' && monthMinutes !== null && <span className="explain__equivalent">{formatSeconds(amount * monthMinutes * 60)} down / month</span>;
  return (
    <section className="explain__section" data-testid={testId}>
      <h3 className="explain__section-title">
        {title}
        {target && (
          <span className={`headline__verdict headline__verdict--${target.met ? 'pass' : 'fail'}`}>
            {target.met ? <Check size={11} aria-hidden /> : <X size={11} aria-hidden />}
            {target.met ? 'meets' : 'misses'} {formatQuantity(target.value, unit)}
          </span>
        )}
      </h3>
      {terms.length === 0 ? (
        <p className="explain__empty">The engine reported no terms for this figure.</p>
      ) : (
        <table className="explain__terms">
          <tbody>
            {terms.map((term, row) => (
              <tr key={row} data-testid="results.explain.term" className={highlight !== undefined && term.elementId === highlight ? 'is-highlighted' : undefined}>
                <td className="explain__term-label">{term.label}</td>
                {bars && (
                  <td className="explain__waterfall" aria-hidden>
                    <span style={bars[row]} />
                  </td>
                )}
                <td className="explain__term-value">
                  {formatQuantity(term.value, term.unit)}
                  {downtime(term.value, term.unit)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="explain__totals">
        {!ranking && (
          <div>
            <dt>Sum of the terms</dt>
            <dd>
              <span data-testid={`${testId}.sum`}>{formatQuantity(sum, unit)}</span>
              {downtime(sum, unit)}
            </dd>
          </div>
        )}
        <div className={ranking ? undefined : headlineTone(target, agrees(sum, headline.value))}>
          <dt>{headline.label}</dt>
          <dd>
            <span data-testid={`${testId}.headline`}>{formatQuantity(headline.value, unit)}</span>
            {!ranking && terms.length > 0 && !agrees(sum, headline.value) && Number.isFinite(headline.value) && (
              <span className="explain__gap">
                {' '}
                ({headline.value > sum ? `${formatQuantity(headline.value - sum, unit)} not itemised` : `the terms exceed it by ${formatQuantity(sum - headline.value, unit)}`})
              </span>
            )}
          </dd>
        </div>
        {references?.map((reference) => (
          <div key={reference.label}>
            <dt>{reference.label}</dt>
            <dd>{formatQuantity(reference.value, unit)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * "Why this number?": the terms the engine produced for one headline figure, with their units, their
 * sum and the figure itself, in the app's modal dialog shell.
 */
export function ExplainDialog({ report, target, labels, onClose }: ExplainDialogProps) {
  const breakdown = breakdownOf(report, target, labels);
  const { unavailability, downtimeMinutesPerMonth } = report.availability;
  const monthMinutes = unavailability > 0 ? downtimeMinutesPerMonth / unavailability : null;
  // "How is this computed?": the figure's method page, shown in place of the terms until Back.
  const [reading, setReading] = useState<DocPage | null>(null);
  return (
    <ModalDialog
      title={breakdown?.title ?? 'This figure is no longer in the results'}
      className="explain"
      titleClassName="explain__title"
      header={{
        className: 'explain__header',
        actions: breakdown && reading === null && (
          <button type="button" className="explain__method" data-testid="results.explain.method" onClick={() => setReading(methodOfFigure[target.figure])}>
            <BookOpen size={13} aria-hidden /> How is this computed?
          </button>
        ),
        closeTestId: 'results.explain.close',
        closeIconSize: 16,
      }}
      testId="results.explain"
      onClose={onClose}
    >
      {breakdown && (
        // Focusable, so that a keyboard can scroll a long breakdown (axe: scrollable-region-focusable).
        <div className="explain__body" role="region" aria-label={reading === null ? 'Breakdown' : 'How this is computed'} tabIndex={0}>
          {reading !== null ? (
            <DocPageView page={reading} onNavigate={setReading} onBack={() => setReading(null)} backLabel="Back to the figures" />
          ) : (
            <>
              <p className="explain__note">{breakdown.note}</p>
              {breakdown.sections.map((section, index) => (
                <SectionView key={`${index}.${section.title}`} section={section} index={index} monthMinutes={monthMinutes} />
              ))}
            </>
          )}
        </div>
      )}
    </ModalDialog>
  );
}
