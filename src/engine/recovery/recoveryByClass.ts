import type { Scenario } from '../../model';
import type { ClassRecovery, FailureClass, RecoveryEvent } from '../report';

/** The class of a recovery event: a database primary is one machine, an instance loss. */
export function failureClassOf(kind: RecoveryEvent['kind']): FailureClass {
  return kind === 'databasePrimary' ? 'instance' : kind;
}

/**
 * Why the design cannot survive losing a whole provider, or null when it can be addressed: with one
 * provider group everything the design runs, its backups included, is inside it, so no DR strategy drawn
 * here brings service back; only the provider's own recovery does.
 */
function providerBeyondDesign(scenario: Scenario): string | null {
  const providers = scenario.groups.filter((group) => group.kind === 'provider');
  const [only] = providers;
  if (!only || providers.length > 1) return null;
  return `Everything runs on ${only.name}: no DR strategy inside one provider survives losing it (that takes a second provider)`;
}

/**
 * Recovery per failure class (SPEC §2.4, §4 `recovery.byClass`): for each class with events, the worst RTO
 * and RPO, the event that sets each (the first of equals, in event order) and its cause; how many events
 * redundancy absorbs; whether all meet the targets; and, for the provider of a one-provider design, that it
 * is beyond any DR strategy of the design.
 */
export function recoveryByClass(events: readonly RecoveryEvent[], scenario: Scenario): Partial<Record<FailureClass, ClassRecovery>> {
  const byClass: Partial<Record<FailureClass, ClassRecovery>> = {};
  for (const event of events) {
    const kind = failureClassOf(event.kind);
    const current = byClass[kind];
    if (!current) {
      byClass[kind] = {
        rto: { seconds: event.rtoSeconds, eventId: event.id, causeId: event.rtoCauseId },
        rpo: { seconds: event.rpoSeconds, eventId: event.id, causeId: event.rpoCauseId },
        events: 1,
        survived: event.survived ? 1 : 0,
        meetsTargets: event.meetsTargets,
        beyondDesign: kind === 'provider' ? providerBeyondDesign(scenario) : null,
      };
      continue;
    }
    if (event.rtoSeconds > current.rto.seconds) current.rto = { seconds: event.rtoSeconds, eventId: event.id, causeId: event.rtoCauseId };
    if (event.rpoSeconds > current.rpo.seconds) current.rpo = { seconds: event.rpoSeconds, eventId: event.id, causeId: event.rpoCauseId };
    current.events += 1;
    if (event.survived) current.survived += 1;
    current.meetsTargets &&= event.meetsTargets;
  }
  return byClass;
}
