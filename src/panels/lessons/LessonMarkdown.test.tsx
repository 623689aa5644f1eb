import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { hostileMarkdown, htmlDepth } from '../markdown/test/hostileMarkdown';
import { LessonMarkdown } from './LessonMarkdown';

describe('LessonMarkdown', () => {
  it('renders Markdown as elements', () => {
    expect(renderToStaticMarkup(<LessonMarkdown text={'**Goal:** p99 *under* 150 ms\n\n- one\n- two'} />)).toBe(
      '<div class="lesson-markdown"><p><strong>Goal:</strong> p99 <em>under</em> 150 ms</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul></div>',
    );
  });

  it('never renders HTML, scripts, images or links from a lesson', () => {
    const hostile = 'Hi <script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) ![pixel](https://tracker.example/p.png) <a href="https://evil.example">x</a>';
    const html = renderToStaticMarkup(<LessonMarkdown text={hostile} />);
    expect(html).not.toMatch(/<script|<img|<a |href=|onerror|src=/);
    // What is left is text: the script's body shows as words, the image and the links as nothing or their label.
    expect(html).toBe('<div class="lesson-markdown"><p>Hi alert(1) click  x</p></div>');
  });

  it.each(Object.keys(hostileMarkdown))('renders %s of 8 000 characters, bounded, with its words', (name) => {
    const html = renderToStaticMarkup(<LessonMarkdown text={hostileMarkdown[name] as string} />);
    expect(html).toContain('deep');
    expect(htmlDepth(html)).toBeLessThanOrEqual(20);
  });

  it('leaves ordinary lessons as they were', () => {
    const text = '**Goal:** p99 under 150 ms\n\n> A note\n\n- one\n  - nested *two*\n\n1. first\n2. second';
    expect(renderToStaticMarkup(<LessonMarkdown text={text} />)).toContain('<blockquote>\n<p>A note</p>\n</blockquote>');
    expect(renderToStaticMarkup(<LessonMarkdown text={text} />)).toContain('<li>nested <em>two</em></li>');
  });
});
