import { ArrowLeft } from 'lucide-react';
import { useEffect, useState } from 'react';
import { DocMarkdown } from './DocMarkdown';
import { docPagePath, loadDocPage, type DocPage } from './methodPages';
import './method.css';

export interface DocPageViewProps {
  page: DocPage;
  onNavigate: (page: DocPage) => void;
  onBack: () => void;
  backLabel: string;
}

/** A page of the repo's docs, loaded on demand and rendered by `DocMarkdown`, with a way back. */
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
        <DocMarkdown text={loaded.text} onNavigate={onNavigate} />
      )}
    </div>
  );
}
