import type { ReactNode } from 'react';
import remarkGfm from 'remark-gfm';
import { BoundedMarkdown } from '../markdown/BoundedMarkdown';
import { docPageOfPath, type DocPage } from './methodPages';

const remarkPlugins = [remarkGfm];

/**
 * The text of a docs page: GitHub-flavoured Markdown (tables) with bounded nesting (`BoundedMarkdown`),
 * as lesson text is. Links to other doc pages open them here; links out of the app are shown with
 * their address as text, since the app makes no network requests.
 */
export function DocMarkdown({ text, onNavigate }: { text: string; onNavigate: (page: DocPage) => void }) {
  const link = ({ href, children }: { href?: string; children?: ReactNode }) => {
    const target = href ? docPageOfPath(href) : null;
    if (target) {
      return (
        <button type="button" className="doc-page__link" onClick={() => onNavigate(target)}>
          {children}
        </button>
      );
    }
    const label = typeof children === 'string' ? children : null;
    return <span className="doc-page__external">{children}{href && label !== href && !href.startsWith('#') ? ` (${href})` : ''}</span>;
  };
  return (
    <div className="doc-page__text">
      <BoundedMarkdown text={text} remarkPlugins={remarkPlugins} components={{ a: link }} />
    </div>
  );
}
