import { useState } from 'react';
import { ModalDialog } from '../../ui';
import { compareTemplates, openTemplate } from './openTemplates';
import { findTemplate, templateCatalog } from './templateCatalog';
import { templateMatches } from './templateMatches';
import { TemplateCard } from './TemplateCard';
import './templates.css';

export interface TemplateGalleryProps {
  onClose: () => void;
}

/**
 * The template gallery, a modal dialog: open a template as a new tab, or pick "Compare with…" and
 * then a second template to see both side by side (the first one's counterpart is suggested).
 */
export function TemplateGallery({ onClose }: TemplateGalleryProps) {
  const [firstId, setFirstId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const first = firstId === null ? undefined : findTemplate(firstId);
  // While picking the second template, the first one's counterpart leads the list.
  const ordered = first
    ? [...templateCatalog.filter((entry) => entry.scenario.id === first.counterpartId), ...templateCatalog.filter((entry) => entry !== first && entry.scenario.id !== first.counterpartId)]
    : templateCatalog;
  const entries = ordered.filter((entry) => templateMatches(entry.scenario, query));

  return (
    <ModalDialog
      title={first ? `Compare “${first.scenario.name}” with…` : 'Templates'}
      className="explain templates"
      titleClassName="explain__title"
      header={{
        className: 'explain__header',
        actions: first && (
          <button type="button" className="button button--ghost" data-testid="templates.back" onClick={() => setFirstId(null)}>
            Back
          </button>
        ),
        closeTestId: 'templates.close',
        closeIconSize: 16,
      }}
      testId="templates.dialog"
      onClose={onClose}
    >
      {(close) => {
        const done = (action: () => void) => {
          action();
          close();
        };
        return (
          <>
            <input
              className="text-input templates__search"
              type="search"
              placeholder="Search templates — e.g. serverless, two regions, monolith"
              aria-label="Search templates"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              data-testid="templates.search"
            />
            {entries.length === 0 && <p className="templates__empty">No template matches “{query}”.</p>}
            <ul className="templates__grid">
              {entries.map((entry) => (
                <TemplateCard
                  key={entry.scenario.id}
                  entry={entry}
                  comparingWith={first?.scenario.name ?? null}
                  suggested={first?.counterpartId === entry.scenario.id}
                  onOpen={() => done(() => openTemplate(entry.scenario))}
                  onCompare={() => (first ? done(() => compareTemplates([first.scenario, entry.scenario])) : setFirstId(entry.scenario.id))}
                />
              ))}
            </ul>
          </>
        );
      }}
    </ModalDialog>
  );
}
