import { BarList, chartTheme, formatSeconds } from '../../../charts';
import type { RecoveryReport } from '../../../engine';
import { DashboardSection } from '../DashboardSection';
import type { ResultLabels } from '../resultLabels';
import { RecoveryByClass } from './RecoveryByClass';

interface RecoverySectionProps {
  recovery: RecoveryReport;
  labels: ResultLabels;
}

/** RTO and RPO per class of failure, then of each failure against the scenario's targets (the dashed lines): red bars miss them. */
export function RecoverySection({ recovery, labels }: RecoverySectionProps) {
  const { rtoSeconds, rpoSeconds } = labels.recoveryTargets;
  const bars = (measure: 'rtoSeconds' | 'rpoSeconds', target: number) =>
    [...recovery.events]
      .sort((a, b) => b[measure] - a[measure])
      .map((event) => ({
        id: event.id,
        label: labels.describeEvent(event),
        value: event[measure],
        valueText: formatSeconds(event[measure]),
        colour: event[measure] <= target ? chartTheme.pass : chartTheme.fail,
        testId: `results.recovery.${measure === 'rtoSeconds' ? 'rto' : 'rpo'}.${event.id}`,
      }));
  return (
    <DashboardSection title="Recovery per failure" hint="dashed = target" testId="results.chart.recovery">
      <h4 className="dashboard__subtitle">By class of failure, the worst · targets RTO {formatSeconds(rtoSeconds)}, RPO {formatSeconds(rpoSeconds)}</h4>
      <RecoveryByClass recovery={recovery} labels={labels} />
      <h4 className="dashboard__subtitle">RTO, until service returns · target {formatSeconds(rtoSeconds)}</h4>
      <BarList rows={bars('rtoSeconds', rtoSeconds)} marker={rtoSeconds} label="Recovery time per failure" />
      <h4 className="dashboard__subtitle">RPO, committed writes lost · target {formatSeconds(rpoSeconds)}</h4>
      <BarList rows={bars('rpoSeconds', rpoSeconds)} marker={rpoSeconds} label="Data lost per failure" />
    </DashboardSection>
  );
}
