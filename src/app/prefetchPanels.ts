import { prefetchOnDemandPanels } from '../panels';
import { useMeridianStore } from '../store';

/**
 * Once the first results are ready, fetches the panels loaded on demand while the page is idle: the
 * first load does not wait for them, and the first click on Compare or Templates does not either.
 */
export function prefetchPanelsAfterFirstResults(): void {
  const unsubscribe = useMeridianStore.subscribe((state) => {
    if (state.results.status !== 'ready') return;
    unsubscribe();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetchOnDemandPanels, { timeout: 2000 });
    else setTimeout(prefetchOnDemandPanels, 200);
  });
}
