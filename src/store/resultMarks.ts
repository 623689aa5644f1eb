import type { Report } from '../engine';

/** Warnings already drawn on the element another way (a saturated node is red). */
const drawnElsewhere = new Set(['capacity.saturated']);

/**
 * The problems the engine reports about each element (cycles, unreachable components, populations
 * that call nothing, routers without targets…), joined into the one text the element shows.
 */
export function elementIssues(report: Report): Record<string, string> {
  const issues: Record<string, string> = {};
  for (const { code, message, elementId } of report.warnings) {
    if (!elementId || drawnElsewhere.has(code)) continue;
    issues[elementId] = issues[elementId] ? `${issues[elementId]}\n${message}` : message;
  }
  return issues;
}

/** Data transfer each edge causes, USD/month (the sum of its cost line items). */
export function edgeTransferUsd(report: Report): Record<string, number> {
  const usd: Record<string, number> = {};
  for (const [id, items] of Object.entries(report.cost.transferByEdge)) usd[id] = items.reduce((sum, item) => sum + item.value, 0);
  return usd;
}
