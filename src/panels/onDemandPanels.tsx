import { loadBundledLessons } from '../lessons';
import { useMeridianStore } from '../store';
import { onDemand } from './boundary/onDemand';
import type { ExplainDialogProps } from './results/explain/ExplainDialog';

// Each is imported here by its own file, not through its folder's index, so that its code (and what
// only it uses: recharts, the markdown renderer,
// the templates) becomes a chunk of its own.

/** The compare view, fetched when the person first compares tabs. */
export const CompareView = onDemand(() => import('./compare/CompareView').then((m) => m.CompareView), 'the comparison', 'compare');

/** The chaos tab of the results, fetched when first opened. */
export const ChaosPanel = onDemand(() => import('./chaos/ChaosPanel').then((m) => m.ChaosPanel), 'the simulator', 'chaos');

/** The template gallery with the templates' designs, fetched when first opened. */
export const TemplateGallery = onDemand(() => import('./templates/TemplateGallery').then((m) => m.TemplateGallery), 'the templates', 'templates');

/** A page of the method docs, rendered from Markdown: the markdown renderer is fetched with the first page opened. */
export const DocPageView = onDemand(() => import('./method/DocPageView').then((m) => m.DocPageView), 'the page', 'method');

/** How a figure was produced: fetched with the first click on a figure (its breakdowns read the report sections the exports share). */
export const ExplainDialog = onDemand<ExplainDialogProps>(() => import('./results/explain/ExplainDialog').then((m) => m.ExplainDialog), 'the breakdown', 'explain');

const OpenLessonsPanel = onDemand(() => Promise.all([import('./lessons/LessonsPanel'), loadBundledLessons()]).then(([m]) => m.LessonsPanel), 'the lessons', 'lessons');

/** The workshop panel, fetched when the lessons are first opened (closed, it renders nothing). */
export function LessonsPanel() {
  const open = useMeridianStore((state) => state.panels.lessons);
  return open ? <OpenLessonsPanel /> : null;
}

const OpenPrintReport = onDemand(() => import('./print/PrintReportLayer').then((m) => m.PrintReportLayer), 'the report', 'print');

/** The printable report over the app, fetched when a report is first asked for (closed, it renders nothing). */
export function PrintReportLayer() {
  const open = useMeridianStore((state) => state.printReport !== null);
  return open ? <OpenPrintReport /> : null;
}

/** Fetches every panel above ahead of its first use; the app calls it once the first results are on screen. */
export function prefetchOnDemandPanels(): void {
  for (const panel of [ExplainDialog, TemplateGallery, CompareView, ChaosPanel, OpenLessonsPanel, DocPageView, OpenPrintReport]) panel.prefetch();
}
