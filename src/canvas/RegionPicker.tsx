import { MapPin } from 'lucide-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { addGroupCommand } from '../commands';
import { searchCatalogRegions, type CatalogRegion } from '../model';
import { ModalDialog } from '../ui';
import { useMeridianStore, type RegionPickerRequest } from '../store';

/** Opens when a region is dropped: pick which catalog region it is (a modal dialog; Escape or a click beside it adds none). */
export function RegionPicker() {
  const request = useMeridianStore((state) => state.regionPicker);
  return request ? <RegionPickerDialog request={request} /> : null;
}

function RegionPickerDialog({ request }: { request: RegionPickerRequest }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const provider = useMeridianStore((state) => {
    const parent = state.scenario.groups.find((group) => group.id === request.parentId);
    return parent?.kind === 'provider' ? parent.provider : null;
  });
  const results = useMemo(() => searchCatalogRegions(query).filter((region) => provider === null || region.provider === provider), [query, provider]);

  return (
    <ModalDialog title="Add a region" className="region-picker" titleClassName="region-picker__title" lightDismiss testId="region-picker" onClose={() => useMeridianStore.getState().closeRegionPicker()}>
      {(close) => {
        const choose = (region: CatalogRegion | undefined) => {
          if (!region) return;
          const { dispatch, showNotice } = useMeridianStore.getState();
          const result = dispatch(addGroupCommand, { kind: 'region', parentId: request.parentId, regionId: region.id, position: request.position });
          if (!result.ok) showNotice('info', result.reason);
          close();
        };
        // Escape is the dialog's own: it closes it and gives focus back.
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, results.length - 1));
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
          else if (event.key === 'Enter') choose(results[active]);
          else return;
          event.preventDefault();
        };
        return (
          <>
            <input
              className="text-input"
              autoFocus
              placeholder="Search by city, name or code — e.g. frank"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              aria-label="Search regions"
              data-testid="region-picker.search"
            />
            <ul className="region-picker__list" role="listbox">
              {results.map((region, index) => (
                <li key={region.id} role="option" aria-selected={index === active}>
                  <button type="button" className="region-picker__option" onClick={() => choose(region)} onMouseEnter={() => setActive(index)} data-testid={`region-picker.option.${region.id}`}>
                    <MapPin size={14} aria-hidden />
                    <span className="region-picker__name">{region.displayName}</span>
                    <span className="region-picker__detail">
                      {region.id} · {region.city}
                    </span>
                  </button>
                </li>
              ))}
              {results.length === 0 && <li className="region-picker__empty">No catalog region matches “{query}”.</li>}
            </ul>
          </>
        );
      }}
    </ModalDialog>
  );
}
