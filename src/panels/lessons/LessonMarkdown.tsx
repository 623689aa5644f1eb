import { BoundedMarkdown } from '../markdown/BoundedMarkdown';

/**
 * Lesson text is Markdown from whoever wrote the lesson (possibly a link from a stranger): rendered
 * as React elements only, with bounded nesting (`BoundedMarkdown`). Images and links are shown as
 * their text, since the app makes no network requests and a lesson must not send a student anywhere.
 */
const allowedElements = ['p', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'hr', 'br', 'del'];

export function LessonMarkdown({ text }: { text: string }) {
  return (
    <div className="lesson-markdown">
      <BoundedMarkdown text={text} allowedElements={allowedElements} />
    </div>
  );
}
