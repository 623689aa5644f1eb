import { describe, expect, it } from 'vitest';
import { docPageOfPath, loadDocPage, type DocPage } from './methodPages';
import { methodOfFigure } from './methodOfFigure';

const pages: DocPage[] = ['README', 'latency', 'capacity', 'availability', 'recovery', 'cost', 'simulator', 'sources', 'architecture'];

describe('the docs bundled for "How is this computed?"', () => {
  it.each(pages)('%s loads, with a title', async (page) => {
    expect(await loadDocPage(page)).toMatch(/^# \S/);
  });

  it('every link between doc pages leads to a page the app has', async () => {
    for (const page of pages) {
      const text = await loadDocPage(page);
      const links = [...text.matchAll(/\]\(([^)#]+\.md)(#[^)]*)?\)/g)].map((match) => match[1] ?? '');
      const offApp = links.filter((href) => docPageOfPath(href) === null);
      expect(offApp, page).toEqual([]);
    }
  });

  it('maps every explained figure to its method page', () => {
    expect(methodOfFigure).toEqual({ latency: 'latency', p99Waterfall: 'latency', availability: 'availability', recovery: 'recovery', cost: 'cost', edgeTransfer: 'cost' });
  });
});
