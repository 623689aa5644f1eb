/**
 * Markdown nests without limit (`>>>>…`, `- - - …`, `[[[…`), and a lesson may come from a stranger's
 * link: 8 000 nested quotes overflowed the stack while rendering, and the page stayed blank on every
 * reload. Lesson text is therefore held to a depth a person can read, in two steps: before parsing
 * (the parser itself is slow on them), container markers past `maxLineDepth` at the start of a line
 * are dropped and runs of emphasis markers cut to three (bold italic); after parsing, whatever still
 * nests deeper than `maxTreeDepth` is flattened to its text, walked without recursion.
 */

/** Quotes and list items opened by one line: more than anyone writes on purpose. */
export const maxLineDepth = 8;
/** Depth of the Markdown tree kept (root › list › item › list › item › paragraph › strong › text is 7). */
export const maxTreeDepth = 16;

// One container marker: up to three spaces, then `>`, a bullet or an ordered number, then spacing.
const containerMarker = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/** `text` with at most `maxDepth` container markers at the start of any line and emphasis runs of at most three; the words stay. */
export function limitLineNesting(text: string, maxDepth = maxLineDepth): string {
  return text
    .replace(/([*_])\1{3,}/g, '$1$1$1')
    .split('\n')
    .map((line) => {
      let rest = line;
      let kept = '';
      for (let depth = 0; ; depth += 1) {
        const marker = containerMarker.exec(rest);
        if (!marker) break;
        if (depth < maxDepth) kept += marker[0];
        rest = rest.slice(marker[0].length);
      }
      return kept + rest;
    })
    .join('\n');
}

/** The part of an mdast node this module reads and writes. */
interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/** All the text under `node`, in order, collected with a stack rather than recursion. */
function textUnder(node: MarkdownNode): string {
  const parts: string[] = [];
  const stack: MarkdownNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as MarkdownNode;
    if (typeof current.value === 'string') parts.push(current.value);
    if (current.children) for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i] as MarkdownNode);
  }
  return parts.join('');
}

/** A remark plugin: children of nodes at `maxDepth` become one text node of their words. */
export function remarkBoundedNesting(maxDepth = maxTreeDepth) {
  return (tree: MarkdownNode) => {
    const stack: Array<{ node: MarkdownNode; depth: number }> = [{ node: tree, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as { node: MarkdownNode; depth: number };
      if (!node.children) continue;
      if (depth >= maxDepth - 1) {
        node.children = [{ type: 'text', value: textUnder({ type: 'fragment', children: node.children }) }];
        continue;
      }
      for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
    }
  };
}
