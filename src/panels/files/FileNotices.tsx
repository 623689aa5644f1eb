import { CircleAlert, CircleCheck, Info, TriangleAlert, X } from 'lucide-react';
import { useEffect } from 'react';
import { useFileNotices, type FileNotice, type FileNoticeTone } from '../../store/persistenceNotices';
import './files.css';

/** Good news fades; warnings and errors stay until read and dismissed. */
const fadeAfterMs: Partial<Record<FileNoticeTone, number>> = { success: 5000, info: 8000 };

const icons = { success: CircleCheck, info: Info, warning: TriangleAlert, error: CircleAlert } as const;

function NoticeItem({ notice }: { notice: FileNotice }) {
  const dismiss = useFileNotices((state) => state.dismiss);
  const fadeMs = fadeAfterMs[notice.tone];

  useEffect(() => {
    if (fadeMs === undefined) return;
    const timer = setTimeout(() => dismiss(notice.id), fadeMs);
    return () => clearTimeout(timer);
  }, [dismiss, fadeMs, notice.id]);

  const Icon = icons[notice.tone];
  return (
    <div
      className={`files-notice files-notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="files.notice"
      data-tone={notice.tone}
    >
      <Icon className="files-notice-icon" size={18} aria-hidden="true" />
      <div className="files-notice-body">
        <p className="files-notice-title">{notice.title}</p>
        {notice.details.length > 0 && (
          <ul className="files-notice-details">
            {notice.details.map((line, index) => <li key={index}>{line}</li>)}
          </ul>
        )}
      </div>
      <button type="button" className="files-notice-dismiss" aria-label="Dismiss" data-testid="files.notice.dismiss" onClick={() => dismiss(notice.id)}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}

/** Restore, autosave and import messages, stacked in a corner without blocking the canvas. */
export function FileNotices() {
  const notices = useFileNotices((state) => state.notices);
  return (
    <section className="files-notices" aria-label="File notifications">
      {notices.map((notice) => <NoticeItem key={notice.id} notice={notice} />)}
    </section>
  );
}
