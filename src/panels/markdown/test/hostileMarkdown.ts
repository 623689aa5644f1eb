/** Markdown of 8 000 characters that nests without limit, by name: each must render bounded, with its word "deep". */
export const hostileMarkdown: Record<string, string> = {
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

/** How deep elements nest in rendered HTML. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const tag of html.matchAll(/<(\/?)[a-z][a-z0-9]*[^>]*?(\/?)>/g)) {
    if (tag[2] === '/' || /^<(br|hr)/.test(tag[0])) continue;
    depth += tag[1] === '/' ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
