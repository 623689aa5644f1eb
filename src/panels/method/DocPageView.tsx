import { ArrowLeft } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { docPageOfPath, docPagePath, loadDocPage, type DocPage } from './methodPages';
import './method.css';

export interface DocPageViewProps {
  page: DocPage;
  onNavigate: (page: DocPage) => void;
  onBack: () => void;
  backLabel: string;
}

/**
 * A page of the repo's docs, rendered from its Markdown as React elements (raw HTML dropped). Links
 * to other doc pages open them here; links out of the app are shown with their address as text, since
 * the app makes no network requests.
 */
export function DocPageView({ page, onNavigate, onBack, backLabel }: DocPageViewProps) {
  const [loaded, setLoaded] = useState<{ page: DocPage; text: string } | { page: DocPage; error: string } | null>(null);
  useEffect(() => {
    let current = true;
    loadDocPage(page).then(
      (text) => current && setLoaded({ page, text }),
      (error: unknown) => current && setLoaded({ page, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [page]);
  const link = ({ href, children }: { href?: string; children?: ReactNode }) => {
    const target = href ? docPageOfPath(href) : null;
    if (target) {
      return (
        <button type="button" className="doc-page__link" onClick={() => onNavigate(target)}>
          {children}
        </button>
      );
    }
    const text = typeof children === 'string' ? children : null;
    return <span className="doc-page__external">{children}{href && text !== href && !href.startsWith('#') ? ` (${href})` : ''}</span>;
  };
  const ready = loaded !== null && loaded.page === page;
  return (
    <div className="doc-page" data-testid="docs.page" data-page={page}>
      <div className="doc-page__bar">
        <button type="button" className="doc-page__back" onClick={onBack} data-testid="docs.back">
          <ArrowLeft size={14} aria-hidden /> {backLabel}
        </button>
        <span className="doc-page__path">{docPagePath(page)}</span>
      </div>
      {!ready ? (
        <p className="doc-page__loading">Loading…</p>
      ) : 'error' in loaded ? (
        <p className="doc-page__loading">This page could not be loaded: {loaded.error}</p>
      ) : (
        <div className="doc-page__text">
          <Markdown skipHtml remarkPlugins={[remarkGfm]} components={{ a: link }}>
            {loaded.text}
          </Markdown>
        </div>
      )}
    </div>
  );
}
