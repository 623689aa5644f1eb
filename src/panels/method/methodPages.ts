/*
 * The repo's method pages (docs/method/*.md), sources and architecture pages (docs/*.md), bundled as text
 * so that "How is this computed?" works offline: each page is its own small chunk, loaded when first
 * opened and cached by the service worker with the rest of the build.
 */
const methodTexts = import.meta.glob<string>('../../../docs/method/*.md', { query: '?raw', import: 'default' });
const topTexts = import.meta.glob<string>(['../../../docs/sources.md', '../../../docs/architecture.md'], { query: '?raw', import: 'default' });

/** A page of the docs the app can show: a method page by name, `README` (their index), `sources` or `architecture`. */
export type DocPage = 'README' | 'latency' | 'capacity' | 'availability' | 'recovery' | 'cost' | 'simulator' | 'sources' | 'architecture';

const loaders: Record<string, () => Promise<string>> = {};
for (const [path, load] of Object.entries({ ...methodTexts, ...topTexts })) loaders[docPageOfPath(path) ?? path] = load;

/** The page a link of the docs points to (`capacity.md`, `../sources.md#x`, `README.md`), or null for anything else. */
export function docPageOfPath(href: string): DocPage | null {
  const match = /(?:^|\/)(README|latency|capacity|availability|recovery|cost|simulator|sources|architecture)\.md(?:#.*)?$/.exec(href);
  return match ? (match[1] as DocPage) : null;
}

/** The Markdown text of `page`. */
export function loadDocPage(page: DocPage): Promise<string> {
  const load = loaders[page];
  return load ? load() : Promise.reject(new Error(`no page ${page}`));
}

/** Where the page lives in the repo, for a reader who wants the file itself. */
export function docPagePath(page: DocPage): string {
  return page === 'sources' || page === 'architecture' ? `docs/${page}.md` : `docs/method/${page}.md`;
}
