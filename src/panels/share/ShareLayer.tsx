import { useEffect } from 'react';
import { openSharedLink } from './openSharedLink';
import { SharedLinkDialog } from './SharedLinkDialog';
import { ShareLinkDialog } from './ShareLinkDialog';

/** Share dialogs, and links pasted into the address bar of an open app (the page does not reload for a new fragment). */
export function ShareLayer() {
  useEffect(() => {
    const onHashChange = () => void openSharedLink();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return (
    <>
      <SharedLinkDialog />
      <ShareLinkDialog />
    </>
  );
}
