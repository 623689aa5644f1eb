import { expect, test, type Page } from '@playwright/test';
import { createExampleScenario } from '../../src/model';
import { starterLesson } from '../../src/panels/lessons/starterLesson';
import { encodeShareFragment } from '../../src/share';
import { CanvasPage } from '../pages/CanvasPage';
import { FilesPage } from '../pages/FilesPage';
import { InspectorPage } from '../pages/InspectorPage';
import { LessonsPage } from '../pages/LessonsPage';
import { SharePage } from '../pages/SharePage';

/** A shared lesson whose one step's text is `text`. */
async function lessonLink(text: string): Promise<string> {
  const lesson = starterLesson(createExampleScenario()) as { steps: Array<Record<string, unknown>> };
  lesson.steps[0] = { ...lesson.steps[0], text };
  return `/${await encodeShareFragment('lesson', lesson)}`;
}

async function openSharedLesson(page: Page, text: string) {
  await page.goto(await lessonLink(text));
  const share = new SharePage(page);
  await expect(share.openDialog).toContainText('Open shared lesson?');
  await share.openConfirm.click();
}

/** The editor still answers: a node can be selected and edited in the inspector. */
async function expectEditorWorks(page: Page) {
  const canvas = new CanvasPage(page);
  await canvas.select('app-a');
  await new InspectorPage(page).setField('instances', '5');
  await expect(page.getByTestId('inspector.field.instances')).toHaveValue('5');
}

for (const [name, marker] of [['quotes', '>'], ['brackets', '[']] as const) {
  test(`a shared lesson of 8 000 nested ${name} renders, bounded, and the app keeps working after a reload`, async ({ page }) => {
    await openSharedLesson(page, marker.repeat(7990) + ' the end');
    const lessons = new LessonsPage(page);
    await expect(lessons.panel).toContainText('the end');
    await expectEditorWorks(page);
    await new FilesPage(page).reload();
    await expect(lessons.panel).toContainText('the end');
    await expect(new CanvasPage(page).node('app-a')).toBeVisible();
    await page.screenshot({ path: `/tmp/lesson-nested-${name}.png` });
  });
}

test('a panel that throws is replaced by a message with the reason; the rest works, closing it keeps it closed after a reload', async ({ page }) => {
  // Fault injection: serve the lesson text renderer with a body that throws, as a bug would.
  await page.route('**/src/panels/lessons/LessonMarkdown.tsx*', async (route) => {
    const response = await route.fetch();
    const source = (await response.text()).replace(/export function LessonMarkdown\(([^)]*)\) \{/, 'export function LessonMarkdown($1) {\n  throw new Error("injected lesson failure");');
    await route.fulfill({ response, body: source });
  });
  await openSharedLesson(page, 'Some **text**');
  const boundary = page.getByTestId('panel-error.lessons');
  await expect(boundary).toContainText('The Lessons panel failed');
  await expect(page.getByTestId('panel-error.lessons.reason')).toHaveText('injected lesson failure');
  await page.screenshot({ path: '/tmp/panel-boundary.png' });
  await expectEditorWorks(page);

  await new FilesPage(page).reload();
  await expect(boundary).toBeVisible();
  await page.getByTestId('panel-error.lessons.close').click();
  await expect(boundary).toHaveCount(0);
  await expect(new LessonsPage(page).panel).toHaveCount(0);
  await new FilesPage(page).reload();
  await expect(boundary).toHaveCount(0);
  await expect(new CanvasPage(page).node('app-a')).toBeVisible();
});
