import { formatSeconds } from '../../../charts';
import type { RecoveryReport } from '../../../engine';
import { failureClasses, failureClassNames, type ResultLabels } from '../resultLabels';

/**
 * RTO and RPO per failure class (SPEC §2.4): the worst of each class, red past the target, and what sets
 * it — the event and the component that causes it. A class the design cannot survive by construction
 * (the provider of a one-provider design) says so instead of pretending a DR strategy covers it.
 */
export function RecoveryByClass({ recovery, labels }: { recovery: RecoveryReport; labels: ResultLabels }) {
  const { rtoSeconds: rtoTarget, rpoSeconds: rpoTarget } = labels.recoveryTargets;
  const eventOf = (id: string) => recovery.events.find((e) => e.id === id);
  const eventName = (id: string) => {
    const event = eventOf(id);
    return event ? labels.describeEvent(event) : id;
  };
  const figure = (seconds: number, target: number) => <span className={seconds <= target ? undefined : 'recovery-class__miss'}>{formatSeconds(seconds)}</span>;
  return (
    <table className="recovery-class" data-testid="results.recovery.byClass">
      <colgroup>
        <col className="recovery-class__class" />
        <col className="recovery-class__time" />
        <col className="recovery-class__point" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Failure</th>
          <th scope="col">RTO</th>
          <th scope="col">RPO</th>
          <th scope="col">Set by</th>
        </tr>
      </thead>
      <tbody>
        {failureClasses.map((kind) => {
          const row = recovery.byClass[kind];
          if (!row) return null;
          // The cause, unless it is what the event already names (a corruption of the database it restores).
          const cause = eventOf(row.rto.eventId)?.target === row.rto.causeId ? null : labels.nameOf(row.rto.causeId);
          return (
            <tr key={kind} data-testid={`results.recovery.byClass.${kind}`}>
              <th scope="row">{failureClassNames[kind]}</th>
              {row.beyondDesign ? (
                <td colSpan={3} className="recovery-class__beyond">
                  Not survivable by construction — {row.beyondDesign}.
                </td>
              ) : (
                <>
                  <td className="recovery-class__figure">{figure(row.rto.seconds, rtoTarget)}</td>
                  <td className="recovery-class__figure">{figure(row.rpo.seconds, rpoTarget)}</td>
                  <td title={row.rpo.eventId === row.rto.eventId ? undefined : `RPO set by ${eventName(row.rpo.eventId)}`}>
                    {eventName(row.rto.eventId)}
                    {cause && <span className="recovery-class__cause"> · {cause}</span>}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
