import type { CostReport } from '../report';

/** A region's lines count as priced differently from us-east-1 when they differ by half a cent a month or more. */
const centUsd = 0.005;

const regionCode = (regionId: string) => regionId.slice(regionId.indexOf(':') + 1);

/** "eu-west-1", "eu-west-1 and ap-northeast-1", "a, b and c". */
function listText(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What the regions a bill is priced in add to it, against the same lines at us-east-1's unit prices
 * (`CostReport.regionalPremium`): "+10.1 % for eu-west-1 prices", "+13.7 % for ap-northeast-1 and
 * eu-west-1 prices" (the regions whose lines cost other than at us-east-1, the largest difference
 * first), "none" when no region's lines do (us-east-1, global services). Regions the data has no prices
 * for are priced at us-east-1's, so their premium is unknown, not nothing: the text says so
 * ("none; eu-north-1 unknown: no price data, us-east-1 prices stand in").
 */
export function regionalPremiumText(cost: CostReport): string {
  const premium = knownPremiumText(cost);
  const standInRegions = new Set<string>();
  for (const line of cost.lineItems) if (line.usEast1StandIn && line.regionId) standInRegions.add(regionCode(line.regionId));
  const unpriced = [...standInRegions].sort();
  return unpriced.length === 0 ? premium : `${premium}; ${listText(unpriced)} unknown: no price data, us-east-1 prices stand in`;
}

function knownPremiumText(cost: CostReport): string {
  const regions = Object.entries(cost.byRegion)
    .map(([regionId, usd]) => ({ regionId, differenceUsd: usd - (cost.usEast1ByRegion[regionId] ?? 0) }))
    .filter(({ differenceUsd }) => Math.abs(differenceUsd) >= centUsd)
    .sort((a, b) => Math.abs(b.differenceUsd) - Math.abs(a.differenceUsd) || a.regionId.localeCompare(b.regionId));
  if (regions.length === 0) return 'none';
  const percent = 100 * cost.regionalPremium;
  const sign = percent < 0 ? '−' : '+';
  const codes = regions.map(({ regionId }) => regionCode(regionId));
  return `${sign}${Math.abs(percent).toFixed(1)} % for ${listText(codes)} prices`;
}
