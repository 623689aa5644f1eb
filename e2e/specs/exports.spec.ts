import { expect, test } from '@playwright/test';
import { FilesPage } from '../pages/FilesPage';
import { ResultsPage } from '../pages/ResultsPage';

const stem = 'three-tier-web-app-two-zones';
let files: FilesPage;

test.beforeEach(async ({ page }) => {
  files = new FilesPage(page);
  await files.open();
  await new ResultsPage(page).settled();
});

test('the report downloads as Markdown and as CSV, named after the scenario', async () => {
  const markdown = await files.exportAs('report-md');
  expect(markdown.fileName).toBe(`${stem}.report.md`);
  const text = markdown.bytes.toString('utf8');
  expect(text.startsWith('# Three-tier web app, two zones\n')).toBe(true);
  expect(text).toMatch(/^## Availability\n\n\*\*99\.\d+ % \(\d\.\d\d nines/m);
  expect(text).toMatch(/^\| Users in Europe \| \d+\.\d \| \d+\.\d \| \d+\.\d \| \d+\.\d \|$/m);

  const csv = await files.exportAs('report-csv');
  expect(csv.fileName).toBe(`${stem}.report.csv`);
  const records = csv.bytes.toString('utf8').split('\r\n');
  expect(records[0]).toBe('section,item,metric,value,unit');
  expect(records[1]).toBe('scenario,design,name,"Three-tier web app, two zones",');
  expect(records).toContain('capacity,design,maxRequestsPerSecond,2400,requests/s');
});

test('the canvas downloads as a vector SVG and a PNG of the whole drawing, in the theme in force, with an optional title and legend', async ({ page }) => {
  const svg = await files.exportAs('canvas-svg');
  expect(svg.fileName).toBe(`${stem}.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1"')).toBe(true);
  expect(text).not.toMatch(/foreignObject|<image/);
  expect(svg.bytes.length).toBeLessThan(200_000);
  expect(text).toMatch(/<rect width="\d+" height="\d+" fill="#fafbfc"\/>/);

  const png = await files.exportAs('canvas-png');
  expect(png.fileName).toBe(`${stem}.png`);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  const svgSize = /width="(\d+)" height="(\d+)"/.exec(text);
  // Twice the SVG's size: as sharp as before.
  expect([width, height]).toEqual([Number(svgSize?.[1]) * 2, Number(svgSize?.[2]) * 2]);

  const titled = await files.exportAs('canvas-png', { titleAndLegend: true });
  expect(titled.bytes.readUInt32BE(20)).toBeGreaterThan(height);
  const titledSvg = (await files.exportAs('canvas-svg', { titleAndLegend: true })).bytes.toString('utf8');
  expect(titledSvg).toContain('>Three-tier web app, two zones</text>');
  expect(titledSvg).toContain('>Replication</text>');

  const toggle = page.getByTestId('toolbar.theme');
  if ((await toggle.getAttribute('data-theme-now')) !== 'dark') await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = (await files.exportAs('canvas-svg', { titleAndLegend: true })).bytes.toString('utf8');
  expect(dark).toMatch(/<rect width="\d+" height="\d+" fill="#[0-9a-f]{6}"\/>/);
  expect(dark).not.toMatch(/<rect width="\d+" height="\d+" fill="#fafbfc"\/>/);

  // Opened on its own, as a vector editor or a browser tab would: it draws, and every name is text.
  for (const [theme, file] of [['light', titledSvg], ['dark', dark]] as const) {
    const viewer = await page.context().newPage();
    await viewer.setContent(`<!doctype html><body style="margin:0">${file.replace(/^<\?xml[^>]*>\n/, '')}</body>`);
    const drawn = await viewer.evaluate(() =>
      Array.from(document.querySelectorAll<SVGGElement>('g[id^="node-"]'), (node) => {
        const card = node.querySelector('rect')?.getBBox();
        const texts = Array.from(node.querySelectorAll<SVGTextElement>('text'));
        const right = Math.max(...texts.map((text) => text.getBBox().x + text.getBBox().width));
        const lines = (text: SVGTextElement) => Array.from(text.querySelectorAll('tspan'), (line) => line.textContent).join(' ') || text.textContent;
        return { name: texts[0] ? lines(texts[0]) : '', fits: card !== undefined && right <= card.x + card.width };
      }),
    );
    expect(drawn.map((node) => node.name).sort()).toEqual(
      ['App servers (zone a)', 'App servers (zone b)', 'Application LB', 'Orders DB (primary a, standby b)', 'Route 53', 'Session cache', 'Users in Europe', 'Users in US East'].sort(),
    );
    // Names and details are laid out without a DOM: in a real browser they stay inside their cards.
    expect(drawn.filter((node) => !node.fits)).toEqual([]);
    await viewer.screenshot({ path: `/tmp/canvas-export-${theme}.png`, fullPage: true });
    await viewer.close();
  }
});

test('the design downloads as a draw.io file and as a Mermaid flowchart the Mermaid parser reads whole', async ({ page }) => {
  const drawio = await files.exportAs('canvas-drawio');
  expect(drawio.fileName).toBe(`${stem}.drawio`);
  const xml = drawio.bytes.toString('utf8');
  expect(xml).toMatch(/^<\?xml[^>]*>\n<mxfile host="Meridian"/);
  expect(xml).toContain('value="Orders DB (primary a, standby b)&#10;Database"');

  const mermaid = await files.exportAs('canvas-mermaid');
  expect(mermaid.fileName).toBe(`${stem}.mmd`);
  const text = mermaid.bytes.toString('utf8');
  // Mermaid's parser needs a DOM: it runs in a blank page (no app, no CSP), from the package's own bundle.
  const parser = await page.context().newPage();
  await parser.addScriptTag({ path: 'node_modules/mermaid/dist/mermaid.min.js' });
  const parsed = await parser.evaluate(async (source) => {
    const api = (window as unknown as { mermaid: { parse: (text: string) => Promise<unknown>; mermaidAPI: { getDiagramFromText: (text: string) => Promise<{ db: { getVertices(): Map<string, { text: string }>; getEdges(): { start: string; end: string; text: string }[]; getSubGraphs(): { title: string; nodes: string[] }[] } }> } } }).mermaid;
    await api.parse(source);
    const { db } = await api.mermaidAPI.getDiagramFromText(source);
    return { vertices: [...db.getVertices().values()].map((vertex) => vertex.text), edges: db.getEdges().length, subgraphs: db.getSubGraphs().map((subgraph) => subgraph.title) };
  }, text);
  await parser.close();
  expect(parsed.subgraphs).toEqual(expect.arrayContaining(['AWS (Provider)', 'Europe (Ireland) (Region)', 'eu-west-1a (Zone)', 'eu-west-1b (Zone)']));
  expect(parsed.vertices).toEqual(expect.arrayContaining(['App servers (zone a)<br>Compute', 'Orders DB (primary a, standby b)<br>Database', 'Users in Europe<br>Users']));
  expect(parsed.edges).toBe((text.match(/ (-->|-\.->|<-\.->)/g) ?? []).length);
});
