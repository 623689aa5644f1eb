import Markdown from 'react-markdown';
import { limitLineNesting, remarkBoundedNesting } from './boundedNesting';

/**
 * Lesson text is Markdown from whoever wrote the lesson (possibly a link from a stranger): rendered
 * as React elements only. Raw HTML is dropped, and images and links are shown as their text, since
 * the app makes no network requests and a lesson must not send a student anywhere. Nesting is
 * bounded (`boundedNesting`), so that no text can overflow the stack while it renders.
 */
const allowedElements = ['p', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'hr', 'br', 'del'];

const remarkPlugins = [remarkBoundedNesting];

export function LessonMarkdown({ text }: { text: string }) {
  return (
    <div className="lesson-markdown">
      <Markdown skipHtml allowedElements={allowedElements} unwrapDisallowed remarkPlugins={remarkPlugins}>
        {limitLineNesting(text)}
      </Markdown>
    </div>
  );
}
