import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { RelayProcess } from '../fixtures/relayProcess';
import { ClassroomPage } from '../pages/ClassroomPage';

const lessonTitle = 'Latency and geography: edge and CDN';
// Four browsers and the relay share a busy machine: what crosses from one browser to another gets a longer wait.
const expectAcross = expect.configure({ timeout: 30_000 });
const relay = new RelayProcess();

test.beforeAll(async () => relay.start());
test.afterAll(async () => relay.kill());

/** A browser of its own (as each laptop in the room), on the app. */
async function openApp(browser: Browser, baseURL: string | undefined, path = '/'): Promise<{ page: Page; classroom: ClassroomPage }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.getByTestId('files.restoring')).toHaveCount(0);
  return { page, classroom: new ClassroomPage(page) };
}

async function downloadedText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
  return readFile(await download.path(), 'utf8');
}

test('a teacher and three students: join, follow, steps, roster, showing a design, submit, a relay restart, export', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const teacher = await openApp(browser, baseURL);
  const code = await teacher.classroom.startClass(lessonTitle);
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(teacher.classroom.step).toHaveText('Step 1 of 2: Distance is latency');

  // Two students type the code; one opens the link (the QR code's) and gives only a name.
  const ada = await openApp(browser, baseURL);
  await ada.classroom.join('Ada', code);
  const grace = await openApp(browser, baseURL);
  await grace.classroom.join('Grace', code);
  const alan = await openApp(browser, baseURL, `/#join=${code.replace('-', '')}`);
  await alan.classroom.join('Alan', null);
  await expectAcross(teacher.classroom.roster.locator('[data-student]')).toHaveCount(3);
  for (const student of [ada, grace, alan]) {
    await expectAcross(student.page.getByTestId('lessons.title')).toHaveText(lessonTitle);
    await expectAcross(student.classroom.studentStep).toHaveText('Step 1 of 2');
  }

  // Follow my view: students show the teacher's viewport as it moves; one opts out.
  await teacher.classroom.follow.check();
  await expectAcross(ada.classroom.followBanner).toHaveAttribute('data-following', 'true');
  await alan.page.getByTestId('class.follow.stop').click();
  await expectAcross(alan.classroom.followBanner).toHaveAttribute('data-following', 'false');
  await teacher.page.locator('.react-flow__controls-zoomin').click();
  const teacherView = () => teacher.classroom.viewportTransform();
  await expectAcross.poll(async () => (await ada.classroom.viewportTransform()) === (await teacherView())).toBe(true);
  await expectAcross.poll(async () => (await grace.classroom.viewportTransform()) === (await teacherView())).toBe(true);
  await teacher.classroom.follow.uncheck();
  await expectAcross(ada.classroom.followBanner).toHaveCount(0);

  // Goal status as each student's own engine computes it, on the roster.
  await expectAcross(teacher.classroom.goal('Ada')).toHaveAttribute('data-goal', 'open');
  await ada.page.getByTestId('lessons.solution').click();
  await expect(ada.page.getByTestId('lessons.goal')).toHaveAttribute('data-state', 'met');
  await expectAcross(teacher.classroom.goal('Ada')).toHaveAttribute('data-goal', 'met');
  await expectAcross(teacher.classroom.goal('Grace')).toHaveAttribute('data-goal', 'open');
  await expectAcross(teacher.page.getByTestId('class.summary')).toHaveText('3 students · 1 met their step\'s goal');

  // Submit, then the teacher shows that design to the room, read-only.
  await ada.classroom.submit.click();
  await expectAcross(teacher.classroom.card('Ada').locator('[data-testid$=".submitted"]')).toBeVisible();
  await teacher.classroom.card('Ada').locator('[data-testid$=".view"]').click();
  await expect(teacher.page.getByTestId('class.design.name')).toHaveText('Ada');
  await expect(teacher.page.getByTestId('class.design.thumbnail')).toContainText('CloudFront');
  await teacher.page.getByTestId('class.design.present').click();
  await expect(teacher.page.getByTestId('app')).toHaveAttribute('data-presenting', 'true');
  await teacher.page.getByTestId('class.design.present').click();
  await teacher.page.getByTestId('class.design.close').click();

  // The class moves on; a student may go back, and the roster says where each one is.
  await teacher.page.getByTestId('class.step.next').click();
  for (const student of [ada, grace, alan]) await expectAcross(student.classroom.studentStep).toHaveText('Step 2 of 2');
  await alan.page.getByTestId('lessons.previous').click();
  await expectAcross(alan.classroom.studentStep).toHaveText('Step 1 of 2 (the class is on step 2)');
  await expectAcross(teacher.classroom.card('Alan').getByTestId(/step$/)).toHaveText('Step 1/2');
  await expectAcross(teacher.classroom.card('Grace').getByTestId(/step$/)).toHaveText('Step 2/2');

  // The relay dies mid-class: work goes on locally and reaches the teacher once it is back.
  await relay.kill();
  await expectAcross(alan.classroom.status).toHaveAttribute('data-status', 'offline');
  await expectAcross(teacher.classroom.status).toHaveAttribute('data-status', 'offline');
  await alan.page.getByTestId('lessons.solution').click();
  await expect(alan.page.getByTestId('lessons.goal')).toHaveAttribute('data-state', 'met');
  await alan.classroom.submit.click();
  await relay.start();
  await expectAcross(alan.classroom.status).toHaveAttribute('data-status', 'online');
  await expectAcross(teacher.classroom.goal('Alan')).toHaveAttribute('data-goal', 'met');
  await expectAcross(teacher.classroom.card('Alan').locator('[data-testid$=".submitted"]')).toBeVisible();
  await expectAcross(teacher.classroom.card('Ada').getByTestId(/step$/)).toHaveText('Step 2/2');

  // A closed lid or a reload: the student is back in the class, in the same seat.
  await grace.page.reload();
  await expectAcross(grace.classroom.studentStep).toHaveText('Step 2 of 2');
  await expectAcross(grace.classroom.status).toHaveAttribute('data-status', 'online');
  await expect(teacher.classroom.roster.locator('[data-student]')).toHaveCount(3);

  // Results: goal status per student and step, and every submitted design.
  const csv = await downloadedText(teacher.page, 'class.export.results');
  expect(csv.split('\r\n')).toEqual(
    expect.arrayContaining([
      'Student,Step,Step title,Goal,Conditions met,Submitted at (UTC)',
      expect.stringMatching(/^Ada,1,Distance is latency,met,2 of 2,\d{4}-/),
      expect.stringMatching(/^Alan,1,Distance is latency,met,2 of 2,\d{4}-/),
      'Grace,1,Distance is latency,not met,0 of 2,',
    ]),
  );
  const bundle = JSON.parse(await downloadedText(teacher.page, 'class.export.designs'));
  expect(bundle.students.map((student: { name: string; submissions: unknown[] }) => [student.name, student.submissions.length])).toEqual([
    ['Ada', 1],
    ['Alan', 1],
    ['Grace', 0],
  ]);

  // Two students' designs side by side in the compare view.
  await teacher.classroom.card('Ada').locator('input[type=checkbox]').check();
  await teacher.classroom.card('Grace').locator('input[type=checkbox]').check();
  await teacher.page.getByTestId('class.compare').click();
  await expect(teacher.page.getByTestId('compare.view')).toContainText("Ada's design");
  await expect(teacher.page.getByTestId('compare.view')).toContainText("Grace's design");
});
