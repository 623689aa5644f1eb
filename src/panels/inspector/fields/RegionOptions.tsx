import { providerLabels } from '../../../commands';
import { catalogRegions, type CatalogRegion, type ProviderId } from '../../../model';

const byProvider = new Map<ProviderId, CatalogRegion[]>();
for (const region of catalogRegions) byProvider.set(region.provider, [...(byProvider.get(region.provider) ?? []), region]);

/** Every catalog region as `<option>`s grouped by provider. */
export function RegionOptions() {
  return [...byProvider].map(([provider, regions]) => (
    <optgroup key={provider} label={providerLabels[provider]}>
      {regions.map((region) => (
        <option key={region.id} value={region.id}>
          {region.displayName} — {region.id}
        </option>
      ))}
    </optgroup>
  ));
}
