import { decodeShareFragment, isShareFragment } from '../../share';
import { useImportFailure } from '../files/useImportFailure';
import { useShareState } from './useShareState';

/**
 * Reads a shared link from the address bar (at start, and when a link is pasted into an open tab).
 * The fragment is cleared at once so a reload never opens it twice; a valid document waits for the
 * person's yes; an invalid one shows what is wrong, and nothing is changed.
 */
export async function openSharedLink(location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location): Promise<void> {
  const hash = location.hash;
  if (!isShareFragment(hash)) return;
  window.history.replaceState(null, '', `${location.pathname}${location.search}`);
  const shared = await decodeShareFragment(hash);
  if (shared.kind === 'none') return;
  if (shared.kind === 'invalid') {
    useImportFailure.getState().showImportFailure({
      fileName: 'shared link',
      title: `Could not open the shared ${shared.shareKind}`,
      source: 'The link',
      issues: shared.issues,
    });
    return;
  }
  useShareState.getState().setPending(shared);
}
