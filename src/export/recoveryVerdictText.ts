import type { RecoveryVerdict } from '../engine';
import { formatMs, formatSeconds } from '../format';

/**
 * A simulated run's recovery verdict in words, as the chaos view and `meridian simulate` say it:
 * "1 m 30 s", "failed over, saturated: p99 38 s (API us-west-2a)", or why a failover never completed.
 */
export function recoveryVerdictText(verdict: RecoveryVerdict, nameOf: (id: string) => string): string {
  switch (verdict.kind) {
    case 'noFailure':
      return 'no failure injected';
    case 'unaffected':
      return 'no failed request';
    case 'recovered':
      return verdict.meetsRto ? formatSeconds(verdict.seconds) : `${formatSeconds(verdict.seconds)}, past the RTO target`;
    case 'repairedBeforeFailover':
      return `back only when repaired, after ${formatSeconds(verdict.seconds)}: the ${formatSeconds(verdict.outageSeconds)} outage was shorter than detection + failover (${formatSeconds(verdict.failover.seconds)}, ${verdict.failover.setBy}), so the failover never completed`;
    case 'saturated': {
      const where = verdict.saturatedIds.length > 0 ? ` (${verdict.saturatedIds.map(nameOf).join(', ')})` : '';
      return `failed over, saturated: p99 ${formatMs(verdict.p99Ms)}${where}`;
    }
    case 'failing':
      return verdict.finished ? 'not recovered by the end' : 'failing…';
  }
}
