import { Printer, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useMeridianStore, type PrintReport } from '../../store';
import { PrintPage } from './PrintPage';
import './print.css';

const close = () => useMeridianStore.getState().closePrintReport();

/** While the report is shown, the app behind it takes no focus or clicks, and Escape closes the report. */
function useModalOverlay(open: boolean) {
  useEffect(() => {
    if (!open) return;
    const app = document.getElementById('root');
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (app) app.inert = true;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (app) app.inert = false;
      focused?.focus();
    };
  }, [open]);
}

function Pages({ request }: { request: PrintReport }) {
  const ready = request.tabIds.every((tabId) => request.outcomes[tabId]);
  if (!ready) {
    return (
      <p className="print-report__status" role="status" data-testid="print.computing">
        Computing the report on {request.tabIds.length === 1 ? 'the scenario' : `${request.tabIds.length} scenarios`}…
      </p>
    );
  }
  return request.tabIds.map((tabId, index) => {
    const outcome = request.outcomes[tabId];
    const scenario = request.documents[tabId];
    if (!scenario || !outcome) return null;
    if (outcome.kind === 'failed') {
      return (
        <article key={tabId} className="print-page" data-testid={`print.page.${index}`}>
          <h2 className="print-page__title">{scenario.name}</h2>
          <p className="print-page__failure">{outcome.message}</p>
        </article>
      );
    }
    return <PrintPage key={tabId} scenario={scenario} report={outcome.report} index={index} />;
  });
}

/**
 * The printable report (one page per scenario, `openPrintReport`), over the app: a light document laid out
 * for A4 by print CSS, so that the browser's "Save as PDF" gives the pages and nothing of the app.
 */
export function PrintReportLayer() {
  const request = useMeridianStore((state) => state.printReport);
  const printButton = useRef<HTMLButtonElement>(null);
  useModalOverlay(request !== null);
  const ready = request !== null && request.tabIds.every((tabId) => request.outcomes[tabId]);
  useEffect(() => {
    if (ready) printButton.current?.focus();
  }, [ready]);
  if (!request) return null;
  const count = request.tabIds.length;
  return createPortal(
    <div className="print-report theme-light" role="dialog" aria-modal="true" aria-label="Printable report" data-testid="print" data-ready={ready}>
      <div className="print-report__bar">
        <span className="print-report__heading">
          Report · {count} {count === 1 ? 'scenario' : 'scenarios'}, one page each
        </span>
        <button ref={printButton} type="button" className="button print-report__print" disabled={!ready} onClick={() => window.print()} data-testid="print.print">
          <Printer size={15} aria-hidden /> Print or save as PDF…
        </button>
        <button type="button" className="icon-button" onClick={close} aria-label="Close the report" title="Close (Esc)" data-testid="print.close">
          <X size={17} aria-hidden />
        </button>
      </div>
      <div className="print-report__pages">
        <Pages request={request} />
      </div>
    </div>,
    document.body,
  );
}
