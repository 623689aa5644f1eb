import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { compareTradeoffs, type ComparedConcern, type Report } from '../../engine';
import type { Scenario } from '../../model';
import { evaluatedDocument, useMeridianStore } from '../../store';

/** One compared scenario: its tab, the document compared and its report (once the worker has it). */
export interface CompareColumn {
  tabId: string;
  /** The document evaluated: the tab's own, or at the baseline's workload when asked (`evaluatedDocument`). */
  document: Scenario;
  /** The tab's own document, as drawn. */
  own: Scenario;
  report: Report | null;
  error: string | null;
}

export interface ComparisonView {
  columns: CompareColumn[];
  baselineIndex: number;
  /** The tradeoff table, once every column has a report. */
  concerns: ComparedConcern[] | null;
  computing: boolean;
}

/** The compare view's data: the chosen tabs' documents and their reports from the heavy-work worker pool. */
export function useComparison(): ComparisonView {
  const tabIds = useMeridianStore(useShallow((state) => state.comparedTabIds));
  const baselineTabId = useMeridianStore((state) => state.baselineTabId);
  const comparison = useMeridianStore((state) => state.comparison);
  const documents = useMeridianStore(useShallow((state) => tabIds.map((tabId) => evaluatedDocument(state, tabId))));
  const owns = useMeridianStore(useShallow((state) => tabIds.map((tabId) => state.documentOf(tabId))));
  return useMemo(() => {
    const columns = tabIds.flatMap((tabId, i): CompareColumn[] => {
      const document = documents[i];
      const own = owns[i];
      if (!document || !own) return [];
      const outcome = comparison.outcomes[tabId];
      return [{ tabId, document, own, report: outcome?.kind === 'report' ? outcome.report : null, error: outcome?.kind === 'failed' ? outcome.message : null }];
    });
    const baselineIndex = Math.max(0, columns.findIndex((column) => column.tabId === baselineTabId));
    const reports = columns.flatMap((column) => (column.report ? [column.report] : []));
    const concerns = columns.length > 0 && reports.length === columns.length ? compareTradeoffs(reports, baselineIndex) : null;
    const computing = comparison.status === 'computing' || columns.some((column) => comparison.documents[column.tabId] !== column.document);
    return { columns, baselineIndex, concerns, computing };
  }, [tabIds, baselineTabId, comparison, documents, owns]);
}
