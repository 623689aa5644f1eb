import { encodeShareFragment } from '../../share';
import { useMeridianStore } from '../../store';
import { dismissFileNotice, useFileNotices } from '../../store/persistenceNotices';

/** Id of the "too large for a link" notice: one at a time, replaced by the next share. */
export const tooLargeNoticeId = 'share';

/** How long edits must pause before the link is measured again (encoding is a few ms; edits come fast). */
const settleMs = 400;

let stopWatching: (() => void) | null = null;

/**
 * Keeps the "too large for a link" notice only while it is true: once the open scenario (the one
 * just shared) shrinks back to fit `fits`, the notice goes; so does the watch when the notice is closed by hand
 * or replaced. One watch at a time.
 */
export function watchTooLargeNotice(fits: (fragment: string) => boolean): void {
  stopWatching?.();
  const scenarioId = useMeridianStore.getState().scenario.id;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    unsubscribeScenario();
    unsubscribeNotices();
    if (stopWatching === stop) stopWatching = null;
  };
  const measure = async () => {
    const { scenario } = useMeridianStore.getState();
    if (scenario.id !== scenarioId || !fits(await encodeShareFragment('scenario', scenario))) return;
    dismissFileNotice(tooLargeNoticeId);
    stop();
  };
  const unsubscribeScenario = useMeridianStore.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    clearTimeout(timer);
    timer = setTimeout(() => void measure(), settleMs);
  });
  const unsubscribeNotices = useFileNotices.subscribe((state) => {
    if (!state.notices.some((notice) => notice.id === tooLargeNoticeId)) stop();
  });
  stopWatching = stop;
}

/** Ends the watch and the notice: a link was just made, so the notice no longer holds. */
export function clearTooLargeNotice(): void {
  stopWatching?.();
  dismissFileNotice(tooLargeNoticeId);
}
