import { expect, test } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { FilesPage } from '../pages/FilesPage';
import { InspectorPage } from '../pages/InspectorPage';
import { LessonsPage } from '../pages/LessonsPage';
import { ResultsPage } from '../pages/ResultsPage';

let files: FilesPage;
let lessons: LessonsPage;

test.beforeEach(async ({ page }) => {
  files = new FilesPage(page);
  lessons = new LessonsPage(page);
  await files.open();
});

test('a lesson step turns green when the design meets its goal, and the progress survives a reload', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const inspector = new InspectorPage(page);
  const results = new ResultsPage(page);

  await lessons.start('consistency-and-latency');
  await expect(lessons.title).toHaveText('Consistency vs latency: quorums and distributed SQL');
  await expect(lessons.stepTitle).toHaveText('Strong reads cross the ocean');
  await results.settled();
  await expect(lessons.goal).toHaveAttribute('data-state', 'unmet');
  await expect(lessons.condition(0)).toHaveAttribute('data-passed', 'false');
  await expect(lessons.condition(0)).toContainText('P50 for Users in Europe < 100 ms');
  await expect(lessons.condition(1)).toHaveAttribute('data-passed', 'true');

  await lessons.hint.click();
  await expect(lessons.hints).toHaveText(['Select the database: what does its consistency setting allow?']);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: '/tmp/lesson-step-unmet.png' });

  await canvas.select('db');
  await inspector.field('consistency').selectOption('bounded');
  await expect(lessons.goal).toHaveAttribute('data-state', 'met');
  await expect(lessons.condition(0)).toHaveAttribute('data-passed', 'true');
  await expect(lessons.goalStatus).toHaveText('Goal met');
  await page.screenshot({ path: '/tmp/lesson-step-met.png' });

  await lessons.next.click();
  await expect(lessons.stepTitle).toHaveText('Quorums: R + W against N');
  await expect(lessons.goal).toHaveAttribute('data-state', 'unmet');

  await files.reload();
  await expect(lessons.stepTitle).toHaveText('Quorums: R + W against N');
  await lessons.allLessons.click();
  await expect(lessons.progress('consistency-and-latency')).toHaveText('1 of 2 done');
});

test('the lesson design opens in its own tab, and restarting a step rebuilds it', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await lessons.start('cost');
  await expect(page.getByTestId('lessons.step')).toHaveAttribute('data-step', 'right-size');
  await expect(lessons.condition(0)).toHaveAttribute('data-passed', 'false');
  await page.getByTestId('lessons.solution').click();
  await expect(lessons.goal).toHaveAttribute('data-state', 'met');
  await lessons.next.click();
  await expect(lessons.stepTitle).toHaveText('The bill nobody drew: data transfer');
  await new CanvasPage(page).clickEmpty();
  await inspector.setField('workload.payloadKbOut', '60');
  await page.getByTestId('lessons.restart').click();
  await expect(inspector.field('workload.payloadKbOut')).toHaveValue('30');
});

test('presenter mode hides the chrome and enlarges the lesson, on its shortcut and its button', async ({ page }) => {
  await lessons.start('latency-and-geography');
  await new ResultsPage(page).settled();
  await page.screenshot({ path: '/tmp/lesson-start.png' });
  await page.keyboard.press('Shift+P');
  await expect(page.getByTestId('app')).toHaveAttribute('data-presenting', 'true');
  await expect(page.getByTestId('palette')).toBeHidden();
  await expect(page.getByTestId('inspector')).toBeHidden();
  await expect(page.getByTestId('toolbar.undo')).toBeHidden();
  const size = await page.getByTestId('lessons.step.title').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.screenshot({ path: '/tmp/lesson-presenter.png' });
  await lessons.presenterButton.click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-presenting', 'false');
  await expect(page.getByTestId('palette')).toBeVisible();
});

test('a teacher writes a lesson in the app: errors name their JSON path as they type, and the lesson runs', async ({ page }) => {
  await lessons.toolbarButton.click();
  await page.getByTestId('lessons.write').click();
  const text = page.getByTestId('lessons.editor.text');
  const status = page.getByTestId('lessons.editor.status');
  await expect(status).toHaveText('Valid: "My lesson", 1 step');

  const starter = await text.inputValue();
  await text.fill(starter.replace('"value": 150', '"value": "fast"').replace('"title": "My lesson"', '"title": "Fast Europe"'));
  await expect(page.getByTestId('lessons.editor.issues').getByRole('listitem')).toHaveText(['steps[0].goal.conditions[0].threshold.value: must be a number (got string)']);
  await expect(page.getByTestId('lessons.editor.try')).toBeDisabled();
  await page.screenshot({ path: '/tmp/lesson-editor-error.png' });

  await text.fill(starter.replace('"value": 150', '"value": 1').replace('"title": "My lesson"', '"title": "Fast Europe"'));
  await expect(status).toHaveText('Valid: "Fast Europe", 1 step');
  await page.getByTestId('lessons.editor.try').click();
  await expect(lessons.title).toHaveText('Fast Europe');
  await expect(lessons.goal).toHaveAttribute('data-state', 'unmet');
  await expect(lessons.condition(0)).toContainText('P99 overall < 1 ms');

  await files.reload();
  await lessons.allLessons.click();
  await expect(page.getByTestId('lessons.pick.my-lesson')).toContainText('Fast Europe');
  await page.screenshot({ path: '/tmp/lesson-picker.png' });
});
