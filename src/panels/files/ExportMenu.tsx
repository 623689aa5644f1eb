import { ChevronDown, FileSpreadsheet, FileText, Image, ImagePlay, Network, Printer, Workflow, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { loadDiagramExport, type DiagramFormat } from '../../canvas';
import { describeError } from '../../model';
import { useMeridianStore } from '../../store';
import { pushFileNotice } from '../../store/persistenceNotices';
import { downloadBlob } from './downloadFile';
import type { ReportFormat } from './exportReport';
import { scenarioFileName } from './exportScenario';

interface ExportItem {
  id: string;
  label: string;
  Icon: LucideIcon;
  report?: ReportFormat;
  diagram?: DiagramFormat;
  /** Opens the printable report rather than downloading a file. */
  print?: true;
}

const items: readonly ExportItem[] = [
  { id: 'print', label: 'Print report…', Icon: Printer, print: true },
  { id: 'report-md', label: 'Report as Markdown', Icon: FileText, report: 'markdown' },
  { id: 'report-csv', label: 'Report as CSV', Icon: FileSpreadsheet, report: 'csv' },
  { id: 'canvas-png', label: 'Canvas as PNG', Icon: Image, diagram: 'png' },
  { id: 'canvas-svg', label: 'Canvas as SVG', Icon: ImagePlay, diagram: 'svg' },
  { id: 'canvas-drawio', label: 'Diagram for draw.io', Icon: Network, diagram: 'drawio' },
  { id: 'canvas-mermaid', label: 'Diagram as Mermaid', Icon: Workflow, diagram: 'mermaid' },
];

/** "Export as…": the printable report, the report (Markdown, CSV) and the drawing (PNG, SVG, draw.io, Mermaid), as a disclosure of buttons. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [titleAndLegend, setTitleAndLegend] = useState(false);
  const hasReport = useMeridianStore((state) => state.results.report !== null);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const run = async (item: ExportItem) => {
    setOpen(false);
    const { scenario, results } = useMeridianStore.getState();
    try {
      if (item.print) useMeridianStore.getState().openPrintReport();
      // The report writers are fetched with the first report exported: the first screen does not need them.
      if (item.report && results.report) (await import('./exportReport')).exportReport(results.report, scenario, item.report);
      if (item.diagram) {
        const { diagramFile, diagramExtensions } = await loadDiagramExport();
        downloadBlob(await diagramFile(scenario, item.diagram, { titleAndLegend }), scenarioFileName(scenario.name, diagramExtensions[item.diagram]));
      }
    } catch (error) {
      pushFileNotice({ tone: 'error', title: `Could not export the ${item.label.toLowerCase()}`, details: [describeError(error)] });
    }
  };

  return (
    <div className="files-export" ref={root}>
      {/* A chevron beside Export (a split button), so that the crowded toolbar keeps its width. */}
      <button
        ref={toggle}
        type="button"
        className="files-button files-button-icon"
        aria-label="Export as…"
        title="Print the report, or export it or the drawing as…"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="files.export-as"
        onClick={() => setOpen(!open)}
      >
        <ChevronDown size={16} aria-hidden="true" />
      </button>
      <ul id={listId} className="files-export-list" hidden={!open} aria-label="Export as">
        {items.map((item) => {
          const waiting = item.report !== undefined && !hasReport;
          return (
            <li key={item.id}>
              <button
                type="button"
                className="files-export-item"
                data-testid={`files.export.${item.id}`}
                disabled={waiting}
                title={waiting ? 'The report is still being computed' : undefined}
                onClick={() => void run(item)}
              >
                <item.Icon size={16} aria-hidden={true} />
                {item.label}
              </button>
            </li>
          );
        })}
        <li>
          <label className="files-export-option" title="Adds the scenario's name above the PNG and SVG, and a key of edge kinds and colours below">
            <input type="checkbox" checked={titleAndLegend} onChange={(event) => setTitleAndLegend(event.target.checked)} data-testid="files.export.title-and-legend" />
            Title and legend on images
          </label>
        </li>
      </ul>
    </div>
  );
}
