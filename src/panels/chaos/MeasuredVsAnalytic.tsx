import { memo } from 'react';
import { formatAvailability, formatMs, formatSeconds } from '../../charts';
import { servingP99Factor, type Report } from '../../engine';
import type { Scenario } from '../../model';
import type { ChaosRun } from '../../store';
import { DashboardSection } from '../results/DashboardSection';
import { analyticRecoveryOf, recoveryVerdictText, refusedVisitsText, reportNames, simulatedRecoveryVerdict } from '../../export';

/** What the simulation measured beside what the analytic engine predicts: recovery time, failed requests, data lost. */
export const MeasuredVsAnalytic = memo(function MeasuredVsAnalytic({ run, report, scenario }: { run: ChaosRun; report: Report | null; scenario: Scenario }) {
  const totals = run.totals;
  if (!totals) return null;
  const analytic = analyticRecoveryOf(report, scenario, run.failures);
  const finished = run.status !== 'running';
  const verdict = simulatedRecoveryVerdict({ ...run, finished }, report, scenario);
  const measuredRecovery = verdict ? recoveryVerdictText(verdict, reportNames(scenario).nameOf) : finished ? '—' : 'failing…';
  const failedShare = totals.requests > 0 ? totals.failedRequests / totals.requests : 0;
  const availability = report?.availability;
  return (
    <DashboardSection title="Measured vs analytic" hint={finished ? `${run.status}, ${Math.round(totals.simulatedSeconds)} s simulated` : 'so far'} testId="chaos.compare">
      <table className="chaos__compare">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Measured (simulation)</th>
            <th scope="col">Analytic (engine)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Recovery</th>
            <td data-testid="chaos.measured.recovery" data-verdict={verdict?.kind ?? ''} className={verdict && (verdict.kind === 'saturated' || verdict.kind === 'repairedBeforeFailover' || (verdict.kind === 'failing' && finished) || (verdict.kind === 'recovered' && !verdict.meetsRto)) ? 'chaos__verdict--bad' : undefined}>
              {measuredRecovery}
            </td>
            <td data-testid="chaos.analytic.rto">{analytic ? `RTO ${formatSeconds(analytic.rtoSeconds)}${analytic.survived ? '' : ' (not survived: by the DR strategy)'}` : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Requests</th>
            <td data-testid="chaos.measured.failed">
              {totals.failedRequests.toLocaleString('en-US')} of {totals.requests.toLocaleString('en-US')} failed ({(failedShare * 100).toFixed(1)} %)
            </td>
            <td data-testid="chaos.analytic.availability">{availability ? `${formatAvailability(availability.unavailability)} available (steady state)` : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Data lost</th>
            <td data-testid="chaos.measured.writesLost">{totals.writesLost.toLocaleString('en-US')} writes</td>
            <td data-testid="chaos.analytic.rpo">{analytic ? `RPO ${formatSeconds(analytic.rpoSeconds)}` : '—'}</td>
          </tr>
        </tbody>
      </table>
      {totals.refusedVisits > 0 && (
        <p className="chaos__hint" data-testid="chaos.measured.refused">
          {refusedVisitsText(totals.refusedVisits)}.
        </p>
      )}
      <p className="chaos__hint">
        Recovered means serving again: from the first failure until requests stop failing and their p99 is back within {servingP99Factor}× the steady-state p99 ({report ? formatMs(report.latency.overall.p99Ms) : '—'}) for the rest of the run. The analytic RTO is detection + failover for what the design survives.
      </p>
    </DashboardSection>
  );
});
