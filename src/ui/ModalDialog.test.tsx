import { Link2 } from 'lucide-react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ModalDialog, ModalDialogDone } from './ModalDialog';


describe('ModalDialog', () => {
  it('is named by its own heading', () => {
    const html = renderToStaticMarkup(
      <ModalDialog title="Share link" className="files-dialog" testId="share.link" onClose={() => undefined}>
        <p>Body</p>
      </ModalDialog>,
    );
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<h2 id="${labelledBy}" class="files-dialog-title">Share link</h2>`);
    expect(html).toContain('data-testid="share.link"');
    expect(html).toContain('<p>Body</p>');
  });

  it('leads the heading with the icon and sets the title beside it', () => {
    const html = renderToStaticMarkup(
      <ModalDialog title="Share link" icon={Link2} className="files-dialog" testId="share.link" onClose={() => undefined}>
        <p>Body</p>
      </ModalDialog>,
    );
    expect(html).toMatch(/<h2 id="[^"]+" class="files-dialog-title"><svg [^>]*aria-hidden="true"[^>]*>.*<\/svg><span>Share link<\/span><\/h2>/);
  });

  it('closes on a click on its backdrop only when asked', () => {
    const dialog = (lightDismiss: boolean) =>
      renderToStaticMarkup(
        <ModalDialog title="Add a region" className="region-picker" lightDismiss={lightDismiss} testId="region-picker" onClose={() => undefined}>
          <p>Body</p>
        </ModalDialog>,
      );
    expect(dialog(true)).toMatch(/^<dialog class="region-picker" aria-labelledby="[^"]+" closedby="any" data-testid="region-picker">/);
    expect(dialog(false)).not.toContain('closedby');
  });

  it('renders nothing while closed', () => {
    expect(renderToStaticMarkup(<ModalDialog open={false} title="Class" className="files-dialog" testId="class.dialog" onClose={() => undefined}>{() => <p>Body</p>}</ModalDialog>)).toBe('');
  });

  it('puts the heading, its actions and a close button in a header when asked, and hands the body a close', () => {
    const closes: Array<() => void> = [];
    const html = renderToStaticMarkup(
      <ModalDialog
        title="Templates"
        className="explain"
        titleClassName="explain__title"
        header={{ className: 'explain__header', actions: <button type="button">Back</button>, closeTestId: 'templates.close', closeIconSize: 16 }}
        role="alertdialog"
        describedBy="summary"
        testId="templates.dialog"
        onClose={() => undefined}
      >
        {(close) => (closes.push(close), <p id="summary">Body</p>)}
      </ModalDialog>,
    );
    expect(html).toMatch(/^<dialog role="alertdialog" class="explain" aria-labelledby="([^"]+)" aria-describedby="summary" data-testid="templates.dialog"><header class="explain__header"><h2 id="\1" class="explain__title">Templates<\/h2><button type="button">Back<\/button><button type="button" class="icon-button" aria-label="Close" data-testid="templates.close" autofocus="">/);
    expect(html).toMatch(/<\/header><p id="summary">Body<\/p><\/dialog>$/);
    expect(closes).toHaveLength(1);
  });

  it('ends a dialog whose only action is closing with one focused primary button', () => {
    expect(renderToStaticMarkup(<ModalDialogDone label="Done" testId="share.link.close" onDone={() => undefined} />)).toBe(
      '<div class="files-dialog-actions"><button type="button" class="files-button files-button-primary" autofocus="" data-testid="share.link.close">Done</button></div>',
    );
  });
});
