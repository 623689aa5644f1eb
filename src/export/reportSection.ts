/** A piece of a section: a line of text, a bulleted list, or a table of text cells. */
export type ReportBlock =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

/**
 * One section of the report as text, independent of where it is written (terminal, Markdown):
 * a title ("Availability"), an optional one-line summary of its headline figures, and its blocks.
 */
export interface ReportSection {
  title: string;
  summary?: string;
  blocks: ReportBlock[];
}

export const textBlock = (text: string): ReportBlock => ({ kind: 'text', text });
export const tableBlock = (header: string[], rows: string[][]): ReportBlock => ({ kind: 'table', header, rows });
