import { useEffect, useRef } from 'react';

/** Opens a native modal <dialog> while `open`: focus stays inside, Escape closes, focus goes back after. */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);
  return dialog;
}
