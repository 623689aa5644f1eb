import Markdown, { type Components, type Options } from 'react-markdown';
import { limitLineNesting, remarkBoundedNesting } from './boundedNesting';

interface BoundedMarkdownProps {
  text: string;
  /** Parser extensions (GFM tables for the docs); the nesting bound always runs after them. */
  remarkPlugins?: NonNullable<Options['remarkPlugins']>;
  /** Elements kept; others are unwrapped to their content. All when absent. */
  allowedElements?: readonly string[];
  components?: Components;
}

/**
 * Markdown rendered as React elements only (raw HTML dropped), with its nesting bounded
 * (`boundedNesting`): the one way the app renders Markdown, so that no text, a stranger's lesson or a
 * docs page, can overflow the stack while it renders.
 */
export function BoundedMarkdown({ text, remarkPlugins = [], allowedElements, components }: BoundedMarkdownProps) {
  return (
    <Markdown skipHtml allowedElements={allowedElements} unwrapDisallowed={allowedElements !== undefined} remarkPlugins={[...remarkPlugins, remarkBoundedNesting]} components={components}>
      {limitLineNesting(text)}
    </Markdown>
  );
}
