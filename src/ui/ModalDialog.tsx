import { X, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useState, type ReactNode } from 'react';

/** A heading bar: the title, then `actions`, then an × button that closes the dialog and has the first focus. */
export interface ModalDialogHeader {
  className: string;
  actions?: ReactNode;
  closeTestId: string;
  closeIconSize: number;
}

export interface ModalDialogProps {
  /** While false nothing is rendered; when it turns true the dialog opens as a native modal. */
  open?: boolean;
  /** The heading's content (an icon may lead it): it names the dialog (aria-labelledby). */
  title: ReactNode;
  /** The files-dialog look: this icon leads the heading, the title in a span beside it. */
  icon?: LucideIcon;
  className: string;
  titleClassName?: string;
  /** Without it the heading stands alone at the top. */
  header?: ModalDialogHeader;
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  /** A click on the backdrop closes it too, as Escape does (closedby="any"; where a browser lacks it, only Escape). */
  lightDismiss?: boolean;
  testId: string;
  /** Called once the dialog has closed (a close button, Escape, or `close`), after focus went back. */
  onClose: () => void;
  /** The body; a function gets `close`, which closes the dialog the way Escape does. */
  children: ReactNode | ((close: () => void) => ReactNode);
}

/**
 * The one shell of the app's modal dialogs. A native <dialog> opened with showModal(): the browser
 * keeps focus inside it and the page behind it inert, closes it on Escape and gives focus back to
 * the element that opened it — so closing always goes through `close()`, never by unmounting it open.
 */
export function ModalDialog({ open = true, title, icon: Icon, className, titleClassName = 'files-dialog-title', header, role, describedBy, lightDismiss = false, testId, onClose, children }: ModalDialogProps) {
  // Held in state, not a ref: `close` is handed to the render function, which may not read refs.
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    if (open && dialog && !dialog.open) dialog.showModal();
  }, [open, dialog]);
  if (!open) return null;
  const close = () => dialog?.close();
  const heading = (
    <h2 id={titleId} className={titleClassName}>
      {Icon ? (
        <>
          <Icon size={20} aria-hidden="true" />
          <span>{title}</span>
        </>
      ) : (
        title
      )}
    </h2>
  );
  return (
    <dialog ref={setDialog} role={role} className={className} aria-labelledby={titleId} aria-describedby={describedBy} closedby={lightDismiss ? 'any' : undefined} data-testid={testId} onClose={onClose}>
      {header === undefined ? (
        heading
      ) : (
        <header className={header.className}>
          {heading}
          {header.actions}
          <button type="button" className="icon-button" aria-label="Close" data-testid={header.closeTestId} autoFocus onClick={close}>
            <X size={header.closeIconSize} aria-hidden="true" />
          </button>
        </header>
      )}
      {typeof children === 'function' ? children(close) : children}
    </dialog>
  );
}

/** The footer of a dialog whose only action is to close it. */
export function ModalDialogDone({ label, testId, onDone }: { label: string; testId: string; onDone: () => void }) {
  return (
    <div className="files-dialog-actions">
      <button type="button" className="files-button files-button-primary" autoFocus onClick={onDone} data-testid={testId}>
        {label}
      </button>
    </div>
  );
}
