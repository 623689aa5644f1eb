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

/** Forgets the app's last edit and paint marks, so that the next pair read belongs to the next edit. */
export function clearEditMarks(): void {
  performance.clearMarks('meridian:edit');
  performance.clearMarks('meridian:results-painted');
}

/** Once the results of the last edit are on screen: from the edit to that paint (ms), and the worker's evaluation time (ms). */
export function editToScreen(): [number, number] | null {
  const edit = performance.getEntriesByName('meridian:edit')[0];
  const painted = performance.getEntriesByName('meridian:results-painted')[0] as PerformanceMark | undefined;
  if (!edit || !painted || painted.startTime < edit.startTime) return null;
  return [painted.startTime - edit.startTime, (painted.detail as { evaluationMs: number }).evaluationMs];
}

/** Absolute flow positions of the canvas's component cards (their wrappers' transforms), for the bare page. */
export function componentPositions(): { id: string; x: number; y: number }[] {
  return [...document.querySelectorAll<HTMLElement>('.react-flow__node-component')].map((node) => {
    const [x = 0, y = 0] = (node.style.transform.match(/-?[\d.]+/g) ?? []).map(Number);
    return { id: node.dataset.id ?? '', x, y };
  });
}
