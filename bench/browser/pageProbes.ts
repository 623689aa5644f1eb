// Functions that run inside the page (passed to Playwright's addInitScript and evaluate): each is
// self-contained, since only its source crosses to the browser.

/**
 * Init script: marks `bench:canvas-painted` once the frame showing the first visible node has been
 * painted (React Flow hides nodes until it has measured them).
 */
export function markCanvasPainted(): void {
  const visibleNode = () => [...document.querySelectorAll('.react-flow__node')].some((node) => getComputedStyle(node).visibility === 'visible');
  const observer = new MutationObserver(() => {
    if (!visibleNode()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => performance.mark('bench:canvas-painted');
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
}

/** Starts counting animation frames (every frame's start time) in `window.benchFrames`. */
export function startFrameCount(): void {
  const state = { times: [] as number[], running: true };
  const tick = (now: number) => {
    state.times.push(now);
    if (state.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  (window as unknown as { benchFrames: typeof state }).benchFrames = state;
}

/** Stops the count: frames per second over the counted span, and the longest frame in ms. */
export function stopFrameCount(): { fps: number; longestFrameMs: number } {
  const state = (window as unknown as { benchFrames: { times: number[]; running: boolean } }).benchFrames;
  state.running = false;
  const { times } = state;
  const spanMs = (times.at(-1) ?? 0) - (times[0] ?? 0);
  let longestFrameMs = 0;
  for (let i = 1; i < times.length; i += 1) longestFrameMs = Math.max(longestFrameMs, (times[i] ?? 0) - (times[i - 1] ?? 0));
  return { fps: spanMs > 0 ? ((times.length - 1) * 1000) / spanMs : 0, longestFrameMs };
}

/** The time of the last Enter pressed in the page (the key that commits an inspector field), set by `watchCommitKey`. */
type CommitKeyWindow = Window & { benchCommitKeyMs?: number; benchCommitKeyWatched?: boolean };

/**
 * Notes when each Enter reaches the page (the event's time stamp: when the browser received the key),
 * before the app's own handlers run: a person's wait starts there, not at the app's `meridian:edit`
 * mark, which comes after the inspector has validated the edit and the store has taken it.
 */
export function watchCommitKey(): void {
  const page = window as CommitKeyWindow;
  if (page.benchCommitKeyWatched) return;
  page.benchCommitKeyWatched = true;
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') page.benchCommitKeyMs = event.timeStamp;
  }, { capture: true });
}

/** Forgets the app's last edit and paint marks and the last Enter, so that what is read next belongs to the next edit. */
export function clearEditMarks(): void {
  performance.clearMarks('meridian:edit');
  performance.clearMarks('meridian:results-painted');
  (window as CommitKeyWindow).benchCommitKeyMs = undefined;
}

/**
 * Once the results of the last edit are on screen: from its Enter (`watchCommitKey`; else from the
 * app's edit mark) to that paint (ms), and the worker's evaluation time (ms).
 */
export function editToScreen(): [number, number] | null {
  const edit = performance.getEntriesByName('meridian:edit')[0];
  const painted = performance.getEntriesByName('meridian:results-painted')[0] as PerformanceMark | undefined;
  if (!edit || !painted || painted.startTime < edit.startTime) return null;
  const committedMs = (window as CommitKeyWindow).benchCommitKeyMs ?? edit.startTime;
  return [painted.startTime - committedMs, (painted.detail as { evaluationMs: number }).evaluationMs];
}

/** Absolute flow positions of the canvas's component cards (their wrappers' transforms), for the bare page. */
export function componentPositions(): { id: string; x: number; y: number }[] {
  return [...document.querySelectorAll<HTMLElement>('.react-flow__node-component')].map((node) => {
    const [x = 0, y = 0] = (node.style.transform.match(/-?[\d.]+/g) ?? []).map(Number);
    return { id: node.dataset.id ?? '', x, y };
  });
}
