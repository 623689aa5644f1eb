import { readdirSync, readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { hostileMarkdown, htmlDepth } from '../markdown/test/hostileMarkdown';
import { DocMarkdown } from './DocMarkdown';

const render = (text: string) => renderToStaticMarkup(<DocMarkdown text={text} onNavigate={() => undefined} />);

const docsDir = new URL('../../../docs/', import.meta.url);
const docPages = [...readdirSync(new URL('method/', docsDir)).map((file) => `method/${file}`), 'sources.md', 'architecture.md'].filter((file) => file.endsWith('.md'));

/** How many of each block element a page has: what the nesting bound would change if it cut a real page. */
function blockCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, tag] of html.matchAll(/<(table|tr|ul|ol|li|blockquote|pre|h[1-4]|p)[ >]/g)) counts[tag as string] = (counts[tag as string] ?? 0) + 1;
  return counts;
}

describe('DocMarkdown', () => {
  it.each(Object.keys(hostileMarkdown))('renders %s of 8 000 characters, bounded, with its words', (name) => {
    const html = render(hostileMarkdown[name] as string);
    expect(html).toContain('deep');
    expect(htmlDepth(html)).toBeLessThanOrEqual(20);
  });

  it.each(docPages)('renders docs/%s as it is written, tables and lists included', (file) => {
    const text = readFileSync(new URL(file, docsDir), 'utf8');
    const unbounded = renderToStaticMarkup(<Markdown skipHtml remarkPlugins={[remarkGfm]}>{text}</Markdown>);
    expect(blockCounts(render(text))).toEqual(blockCounts(unbounded));
  });

  it('opens links to other doc pages here and shows addresses out of the app as text', () => {
    const html = render('See [capacity](capacity.md) and [the paper](https://example.org/paper.pdf).');
    expect(html).toContain('<button type="button" class="doc-page__link">capacity</button>');
    expect(html).toContain('<span class="doc-page__external">the paper (https://example.org/paper.pdf)</span>');
    expect(html).not.toContain('href=');
  });
});
