import { LoaderCircle } from 'lucide-react';
import { lazy, Suspense, type ComponentType } from 'react';
import './boundary.css';

/** A component fetched on first use, which can also be fetched ahead (`prefetch`) when the page is idle. */
export type OnDemand<Props> = ComponentType<Props> & { prefetch: () => void };

/**
 * A component whose code is fetched the first time it renders (or is prefetched), with a loading line
 * in its place meanwhile: compare, lessons, chaos and the charts are a third of the app's JavaScript
 * and most sessions never open them, so the first load does not wait for them (SPEC §6, initial
 * JavaScript). A failed fetch throws to the enclosing `PanelBoundary`.
 */
export function onDemand<Props extends object>(load: () => Promise<ComponentType<Props>>, what: string, testId: string): OnDemand<Props> {
  let loading: Promise<ComponentType<Props>> | undefined;
  const fetchOnce = () => (loading ??= load());
  const Loaded = lazy(async () => ({ default: await fetchOnce() }));
  function OnDemandComponent(props: Props) {
    return (
      <Suspense
        fallback={
          <div className="on-demand" role="status" data-testid={`${testId}.loading`}>
            <LoaderCircle size={14} className="on-demand__spin" aria-hidden /> Loading {what}…
          </div>
        }
      >
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Object.assign(OnDemandComponent, { prefetch: () => void fetchOnce().catch(() => undefined) });
}
