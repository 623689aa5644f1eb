import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { limitLineNesting, maxLineDepth } from './boundedNesting';
import { LessonMarkdown } from './LessonMarkdown';

/** How deep elements nest in rendered HTML. */
function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const tag of html.matchAll(/<(\/?)[a-z][a-z0-9]*[^>]*?(\/?)>/g)) {
    if (tag[2] === '/' || /^<(br|hr)/.test(tag[0])) continue;
    depth += tag[1] === '/' ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const hostile: Record<string, string> = {
  'quotes': `${'>'.repeat(8000)} deep`,
  'spaced quotes': `${'> '.repeat(4000)}deep`,
  'brackets': `${'['.repeat(8000)}deep`,
  'balanced brackets': `${'['.repeat(4000)}deep${']'.repeat(4000)}`,
  'images in links': `${'[!'.repeat(4000)}deep`,
  'bullets': `${'- '.repeat(4000)}deep`,
  'numbered': `${'1. '.repeat(2666)}deep`,
  'emphasis': `${'*'.repeat(4000)}deep${'*'.repeat(4000)}`,
  'indented lists': Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- deep`).join('\n'),
};

describe('lesson text with unbounded nesting', () => {
  it.each(Object.keys(hostile))('renders %s of 8 000 characters, bounded, with its words', (name) => {
    const html = renderToStaticMarkup(<LessonMarkdown text={hostile[name] as string} />);
    expect(html).toContain('deep');
    expect(htmlDepth(html)).toBeLessThanOrEqual(20);
  });

  it(`keeps ${maxLineDepth} quote or list levels on a line, three emphasis markers, and the text after them`, () => {
    expect(limitLineNesting('> > - quoted item')).toBe('> > - quoted item');
    expect(limitLineNesting(`${'>'.repeat(20)} words`)).toBe(`${'>'.repeat(maxLineDepth)}words`);
    expect(limitLineNesting('-1 is not a list, *emphasis* is not either')).toBe('-1 is not a list, *emphasis* is not either');
    expect(limitLineNesting('******bold italic******, ***kept***')).toBe('***bold italic***, ***kept***');
  });

  it('leaves ordinary lessons as they were', () => {
    const text = '**Goal:** p99 under 150 ms\n\n> A note\n\n- one\n  - nested *two*\n\n1. first\n2. second';
    expect(renderToStaticMarkup(<LessonMarkdown text={text} />)).toContain('<blockquote>\n<p>A note</p>\n</blockquote>');
    expect(renderToStaticMarkup(<LessonMarkdown text={text} />)).toContain('<li>nested <em>two</em></li>');
  });
});
