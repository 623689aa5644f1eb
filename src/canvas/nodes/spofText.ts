// From its own file, not the export folder's index: this runs on the first screen, and a value
// imported through the index would bring the report writers (Markdown, CSV, print) into the initial JavaScript.
import { downtimeShareText, singlePointKindText } from '../../export/singlePointText';
import type { SpofMark } from '../../store';

/** The kind on the badge of a component; a zone, region or provider badge is on the group itself, so it needs none. */
const badgeKind: Partial<Record<SpofMark['kind'], string>> = { box: 'box', managedService: 'managed' };

/** What a SPOF badge reads: the kind of single point and its share of the downtime, "SPOF box 57.7 %", "SPOF managed 11.5 %". */
export function spofBadgeText(mark: SpofMark): string {
  const kind = badgeKind[mark.kind];
  return `SPOF${kind ? ` ${kind}` : ''} ${downtimeShareText(mark.shareOfDowntime, mark.designUnavailability)}`;
}

/** A SPOF badge's tooltip: what kind of single point it is, its share of the downtime, and where it ranks among the design's. */
export function spofHint(mark: SpofMark): string {
  const share = downtimeShareText(mark.shareOfDowntime, mark.designUnavailability);
  const rank = mark.count > 1 ? ` (${ordinal(mark.rank)} of ${mark.count} single points by share of downtime)` : '';
  return `Single point of failure, ${singlePointKindText(mark)}: ${share} of the downtime${rank}. If it fails alone, at least one population loses service.`;
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
