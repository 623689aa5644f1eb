import { Play, Square } from 'lucide-react';
import { useMeridianStore } from '../../store';

const paces: ReadonlyArray<[label: string, pace: number | null]> = [
  ['10× real time', 10],
  ['30× real time', 30],
  ['100× real time', 100],
  ['as fast as possible', null],
];

/** Run length, pace, run / cancel, and the run's progress. */
export function RunControls() {
  const seconds = useMeridianStore((state) => state.chaosSeconds);
  const pace = useMeridianStore((state) => state.chaosPace);
  const run = useMeridianStore((state) => state.chaosRun);
  const { setChaosSeconds, setChaosPace, startChaosRun, cancelChaosRun } = useMeridianStore.getState();
  const running = run?.status === 'running';
  const progress = run ? Math.min(1, run.simulatedSeconds / run.seconds) : 0;
  return (
    <div className="chaos__controls">
      <label className="chaos__field">
        Simulate
        <input
          className="text-input"
          type="number"
          min={10}
          max={3600}
          step={10}
          value={seconds}
          disabled={running}
          aria-label="Simulated seconds"
          data-testid="chaos.seconds"
          onChange={(event) => {
            const value = Number(event.target.value);
            if (value >= 10 && value <= 3600) setChaosSeconds(value);
          }}
        />
        s
      </label>
      <select className="select-input chaos__pace" value={pace ?? ''} disabled={running} onChange={(event) => setChaosPace(event.target.value === '' ? null : Number(event.target.value))} aria-label="Pace" data-testid="chaos.pace">
        {paces.map(([label, value]) => (
          <option key={label} value={value ?? ''}>
            {label}
          </option>
        ))}
      </select>
      {running ? (
        <button type="button" className="button button--danger" onClick={cancelChaosRun} data-testid="chaos.cancel">
          <Square size={13} aria-hidden /> Cancel
        </button>
      ) : (
        <button type="button" className="button chaos__run" onClick={startChaosRun} data-testid="chaos.run">
          <Play size={13} aria-hidden /> Run
        </button>
      )}
      {run && (
        <div className="chaos__progress" role="progressbar" aria-label="Simulation progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)} data-testid="chaos.progress" data-status={run.status}>
          <span className={`chaos__progress-bar${run.status === 'cancelled' || run.status === 'failed' ? ' is-stopped' : ''}`} style={{ width: `${progress * 100}%` }} />
        </div>
      )}
    </div>
  );
}
