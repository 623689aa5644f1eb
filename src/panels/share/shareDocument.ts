import { encodeShareFragment, maxChatLinkLength, type ShareKind } from '../../share';
import { pushFileNotice } from '../../store/persistenceNotices';
import { downloadBlob } from '../files/downloadFile';
import { scenarioFileName } from '../files/exportScenario';
import { useShareState } from './useShareState';
import { clearTooLargeNotice, tooLargeNoticeId, watchTooLargeNotice } from './watchTooLargeNotice';

const extensions: Record<ShareKind, string> = { scenario: 'meridian.json', lesson: 'lesson.json' };

/** The page's address without any fragment, plus the share fragment. */
export const shareUrl = (fragment: string) => `${window.location.origin}${window.location.pathname}${fragment}`;

const fitsInLink = (fragment: string) => shareUrl(fragment).length <= maxChatLinkLength;

/**
 * Shares a scenario or a lesson. A link that fits chat tools (≤ `maxChatLinkLength`) is shown and
 * copied; a longer one would be cut on the way, so the document is downloaded as a file instead,
 * and a notice says why and what to send, until the scenario fits again.
 */
export async function shareDocument(kind: ShareKind, document: unknown, name: string): Promise<void> {
  const fragment = await encodeShareFragment(kind, document);
  const url = shareUrl(fragment);
  if (!fitsInLink(fragment)) {
    const fileName = scenarioFileName(name, extensions[kind]);
    downloadBlob(new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' }), fileName);
    pushFileNotice({
      id: tooLargeNoticeId,
      tone: 'warning',
      title: `This ${kind} is too large for a link (${url.length.toLocaleString('en-US')} characters; chat tools cut links beyond ${maxChatLinkLength.toLocaleString('en-US')}). It was saved as ${fileName}: send the file instead.`,
      details: [kind === 'lesson' ? 'The recipient opens it with Lessons → Write a lesson → Open file.' : 'The recipient opens it with Import….'],
    });
    if (kind === 'scenario') watchTooLargeNotice(fitsInLink);
    return;
  }
  clearTooLargeNotice();
  const what = `${kind === 'lesson' ? 'the lesson' : 'a copy of'} "${name}"`;
  useShareState.getState().setOutgoing({ url, what, copied: false });
  try {
    await navigator.clipboard.writeText(url);
    useShareState.getState().setOutgoing({ url, what, copied: true });
  } catch {
    // Clipboard refused (permissions, an unfocused page): the dialog shows the link to copy by hand.
  }
}
