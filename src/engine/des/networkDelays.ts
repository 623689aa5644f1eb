import type { Site } from '../network/site';
import { siteRtt } from '../network/siteRtt';

/**
 * Network round trips between sites for the simulator: the analytic engine's `siteRtt` (measured
 * AWS / GCP median matrices, same-zone / cross-zone / same-region defaults, else the distance model;
 * docs/sources.md §1), memoised per pair of sites since a run asks for the same few pairs millions of times.
 */
export class NetworkDelays {
  private readonly memo = new Map<Site, Map<Site, number>>();

  rttMs(from: Site, to: Site): number {
    let row = this.memo.get(from);
    if (!row) {
      row = new Map();
      this.memo.set(from, row);
    }
    let rtt = row.get(to);
    if (rtt === undefined) {
      rtt = siteRtt(from, to).value;
      row.set(to, rtt);
    }
    return rtt;
  }
}
