import { TriangleAlert } from 'lucide-react';
import { useDeferredValue, useMemo } from 'react';
import { useMeridianStore, useResults } from '../../store';
import { ChaosCharts } from './ChaosCharts';
import { FailurePlan } from './FailurePlan';
import { MeasuredVsAnalytic } from './MeasuredVsAnalytic';
import { RunControls } from './RunControls';
import './chaos.css';

/**
 * The chaos view: plan failures (from the list or by clicking the canvas), run the discrete-event
 * simulator on the open design, and watch its time series fill in while the canvas shows what is down,
 * failing over or saturated; the measured recovery sits beside the analytic RTO and availability.
 */
export function ChaosPanel() {
  const scenario = useMeridianStore((state) => state.scenario);
  const run = useMeridianStore((state) => state.chaosRun);
  // The charts follow the run in a deferred, interruptible render: a redraw never blocks the page.
  const shownRun = useDeferredValue(run);
  const { report } = useResults();
  const names = useMemo(() => Object.fromEntries([...scenario.components, ...scenario.groups].map((e) => [e.id, e.name])), [scenario]);
  return (
    <div className="chaos" data-testid="chaos.panel">
      <FailurePlan disabled={run?.status === 'running'} />
      <RunControls />
      {run?.status === 'failed' && (
        <div className="results__message results__message--error" role="alert" data-testid="chaos.error">
          <TriangleAlert size={16} aria-hidden />
          <p>{run.message}</p>
        </div>
      )}
      {shownRun && shownRun.windows.length > 0 && (
        <>
          <MeasuredVsAnalytic run={shownRun} report={report} scenario={scenario} />
          <ChaosCharts run={shownRun} names={names} />
        </>
      )}
      {!run && <p className="chaos__hint">The simulator sends the workload's requests through the design one by one — queues, network, routing, retries, failover — so you can watch it fail and recover.</p>}
    </div>
  );
}
