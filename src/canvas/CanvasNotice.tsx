import { AlertTriangle, X } from 'lucide-react';
import { useEffect } from 'react';
import { useMeridianStore } from '../store';

const visibleMs = 7000;

/** A refused connection or drop, explained over the canvas until dismissed or a few seconds pass. */
export function CanvasNotice() {
  const notice = useMeridianStore((state) => state.notice);
  const dismiss = useMeridianStore((state) => state.dismissNotice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, visibleMs);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  if (!notice) return null;
  return (
    <div className={`canvas-notice canvas-notice--${notice.kind}`} role="alert" data-testid={notice.kind === 'connection' ? 'canvas.connection-error' : 'canvas.notice'}>
      <AlertTriangle size={16} aria-hidden />
      <span className="canvas-notice__text">
        {notice.kind === 'connection' && <strong>Can’t connect: </strong>}
        {notice.message}
      </span>
      <button type="button" className="icon-button" onClick={dismiss} aria-label="Dismiss">
        <X size={14} />
      </button>
    </div>
  );
}
