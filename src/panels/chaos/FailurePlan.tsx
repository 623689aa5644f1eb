import { Plus, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useMeridianStore } from '../../store';
import { failureTargetOptions } from './failureTargets';

/** Seconds typed in a field, or null when the field is empty (for a duration: until the end of the run). */
const secondsOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The planned failures: what fails, when, for how long; add from the list or by clicking the canvas. */
export function FailurePlan({ disabled }: { disabled: boolean }) {
  const scenario = useMeridianStore((state) => state.scenario);
  const failures = useMeridianStore((state) => state.chaosFailures);
  const { addChaosFailure, updateChaosFailure, removeChaosFailure } = useMeridianStore.getState();
  const options = useMemo(() => failureTargetOptions(scenario), [scenario]);
  const [choice, setChoice] = useState('');
  const labelOf = (target: string) => options.find((o) => o.target === target)?.label ?? target;
  return (
    <div className="chaos__plan" data-testid="chaos.failures">
      {failures.length === 0 && <p className="chaos__hint">Pick a failure below, or click a node, zone or region on the canvas.</p>}
      {failures.map((failure) => (
        <div key={failure.key} className="chaos__failure" data-testid={`chaos.failure.${failure.target}`}>
          <span className="chaos__failure-name" title={failure.target}>
            {labelOf(failure.target)}
          </span>
          <label className="chaos__time">
            at
            <input
              className="text-input"
              type="number"
              min={0}
              step={1}
              value={failure.atSeconds}
              disabled={disabled}
              aria-label={`${labelOf(failure.target)} fails at, seconds`}
              data-testid={`chaos.failure.${failure.target}.at`}
              onChange={(event) => {
                const at = secondsOf(event.target.value);
                if (at !== null && at >= 0) updateChaosFailure(failure.key, { atSeconds: at });
              }}
            />
            s for
            <input
              className="text-input"
              type="number"
              min={1}
              step={1}
              placeholder="∞"
              value={failure.durationSeconds ?? ''}
              disabled={disabled}
              aria-label={`${labelOf(failure.target)} stays down for, seconds (empty: to the end)`}
              data-testid={`chaos.failure.${failure.target}.duration`}
              onChange={(event) => {
                const duration = secondsOf(event.target.value);
                if (duration === null || duration > 0) updateChaosFailure(failure.key, { durationSeconds: duration });
              }}
            />
            s
          </label>
          <button type="button" className="icon-button icon-button--danger" disabled={disabled} onClick={() => removeChaosFailure(failure.key)} aria-label={`Remove ${labelOf(failure.target)}`}>
            <X size={14} />
          </button>
        </div>
      ))}
      <div className="chaos__add">
        <select className="select-input" value={choice} disabled={disabled} onChange={(event) => setChoice(event.target.value)} aria-label="Failure to add" data-testid="chaos.add.target">
          <option value="">Add a failure…</option>
          {options.map((option) => (
            <option key={option.target} value={option.target}>
              {option.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={disabled || choice === ''}
          data-testid="chaos.add"
          onClick={() => {
            addChaosFailure(choice);
            setChoice('');
          }}
        >
          <Plus size={14} aria-hidden /> Add
        </button>
      </div>
    </div>
  );
}
