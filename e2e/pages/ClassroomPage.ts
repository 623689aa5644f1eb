import { expect, type Locator, type Page } from '@playwright/test';

/** The classroom: the class dialog (join / start), the teacher's panel and roster, the student's bar. */
export class ClassroomPage {
  readonly toolbarButton: Locator;
  readonly panel: Locator;
  readonly roster: Locator;
  readonly step: Locator;
  readonly follow: Locator;
  readonly studentBar: Locator;
  readonly studentStep: Locator;
  readonly status: Locator;
  readonly followBanner: Locator;
  readonly submit: Locator;
  readonly design: Locator;

  constructor(readonly page: Page) {
    this.toolbarButton = page.getByTestId('toolbar.class');
    this.panel = page.getByTestId('class.panel');
    this.roster = page.getByTestId('class.roster');
    this.step = page.getByTestId('class.step');
    this.follow = page.getByTestId('class.follow');
    this.studentBar = page.getByTestId('class.student');
    this.studentStep = page.getByTestId('class.student.step');
    this.status = page.getByTestId('class.status');
    this.followBanner = page.getByTestId('class.follow.banner');
    this.submit = page.getByTestId('class.student.submit');
    this.design = page.getByTestId('class.design');
  }

  /** Starts a class on the lesson chosen in the dialog and returns the join code the projector shows. */
  async startClass(lessonTitle: string): Promise<string> {
    await this.toolbarButton.click();
    await this.page.getByTestId('class.start.lesson').selectOption({ label: lessonTitle });
    await this.page.getByTestId('class.start.submit').click();
    const code = (await this.page.getByTestId('class.joinCode.code').textContent()) ?? '';
    await expect(this.page.getByTestId('class.joinCode.qr')).toBeVisible();
    await this.page.getByTestId('class.joinCode.close').click();
    return code;
  }

  /** Joins with a code typed in the dialog, or (`code` null) the one a `#join=` link filled in. */
  async join(name: string, code: string | null) {
    if (code !== null) {
      await this.toolbarButton.click();
      await this.page.getByTestId('class.join.code').fill(code);
    }
    await this.page.getByTestId('class.join.name').fill(name);
    await this.page.getByTestId('class.join.submit').click();
    // The class bar's code is fetched on joining: on a busy machine the dev server takes a while to serve it.
    await expect(this.studentBar).toBeVisible({ timeout: 30_000 });
  }

  /** A student's card on the teacher's roster. */
  card(name: string): Locator {
    return this.roster.locator(`[data-student="${name}"]`);
  }

  goal(name: string): Locator {
    return this.card(name).locator('[data-goal]');
  }

  /** The canvas viewport's transform, which "follow my view" makes the same on every screen. */
  viewportTransform(): Promise<string> {
    return this.page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
  }
}
