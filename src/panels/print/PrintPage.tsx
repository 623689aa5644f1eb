import type { Report } from '../../engine';
import { printSections } from '../../export';
import { formatPercent, formatRps, formatSeconds } from '../../format';
import type { Scenario } from '../../model';
import { optionLabel } from '../inspector/fields/fieldMeta';
import { headlines } from '../results/headlines';
import { resultLabels } from '../results/resultLabels';
import { DrawingFigure } from './DrawingFigure';
import { PrintCards } from './PrintCards';
import { ReportSectionView } from './ReportSectionView';
import { useFitToSheet } from './useFitToSheet';

/** The sections `printSections` gives, in its order. */
const sectionNames = ['populations', 'availability', 'recovery', 'cost'] as const;

/** What the figures assume: the load, the read share, the recovery strategy and targets, and how compute is priced. */
function assumptions(scenario: Scenario): string {
  const { workload, recovery, settings } = scenario;
  const load = `${formatRps(workload.requestsPerSecond)} on average (peak ×${workload.peakFactor}), ${formatPercent(workload.readFraction)} reads`;
  const targets = `disaster recovery: ${optionLabel(recovery.strategy).toLowerCase()}, targets RTO ${formatSeconds(recovery.targets.rtoSec)}, RPO ${formatSeconds(recovery.targets.rpoSec)}`;
  return `${load} · ${targets} · ${optionLabel(settings.pricing).toLowerCase()} prices`;
}

/** One scenario's page of the printed report: its drawing, headline figures and the sections people read. */
export function PrintPage({ scenario, report, index }: { scenario: Scenario; report: Report; index: number }) {
  const testId = `print.page.${index}`;
  const cards = headlines(report, resultLabels(scenario), scenario.workload.requestsPerSecond);
  const sections = printSections(report, scenario);
  const { sheet, figures } = useFitToSheet(report);
  return (
    <article className="print-page" ref={sheet} data-testid={testId} aria-label={`Report on ${scenario.name}`}>
      <header className="print-page__header">
        <h2 className="print-page__title">{scenario.name}</h2>
        {scenario.description && <p className="print-page__description">{scenario.description}</p>}
        <p className="print-page__assumptions">{assumptions(scenario)}</p>
      </header>
      <DrawingFigure scenario={scenario} testId={`${testId}.drawing`} />
      <div className="print-page__figures" ref={figures}>
        <PrintCards cards={cards} testId={testId} />
        <div className="print-page__sections">
          {sections.map((section, i) => {
            const name = sectionNames[i] ?? String(i);
            return <ReportSectionView key={name} section={section} name={name} testId={`${testId}.${name}`} />;
          })}
        </div>
      </div>
    </article>
  );
}
