import { markdownText } from './markdownText';

/**
 * Tables as text for files people open elsewhere: GitHub-flavoured Markdown and RFC 4180 CSV.
 * Cells are plain strings; whatever the user typed is escaped so that it stays one cell of text.
 */

/** A GitHub-flavoured Markdown table of plain-text cells (escaped): header, `---` rule, one line per row, short rows padded. */
export function formatMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${header.map((_, i) => markdownText(cells[i] ?? '')).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** An RFC 4180 field: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: CRLF after every record, the header first, every row as wide as the header. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const record = (cells: readonly string[]) => header.map((_, i) => csvField(cells[i] ?? '')).join(',');
  return [header, ...rows].map((cells) => `${record(cells)}\r\n`).join('');
}
