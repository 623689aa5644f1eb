/**
 * Plain text as Markdown that renders as that same text: every character that could start markup
 * (emphasis, links, HTML, code, headings, tables, entities) is backslash-escaped, and line breaks
 * fold to spaces so that text cannot open a new block. User text stays text wherever the file is opened.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#&!{}]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ');
}
