import { expect, type Locator, type Page } from '@playwright/test';

/** The lessons panel: the picker, the step with its live goal, hints and navigation; and presenter mode. */
export class LessonsPage {
  readonly toolbarButton: Locator;
  readonly presenterButton: Locator;
  readonly panel: Locator;
  readonly title: Locator;
  readonly stepTitle: Locator;
  readonly goal: Locator;
  readonly goalStatus: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly hint: Locator;
  readonly hints: Locator;
  readonly allLessons: Locator;

  constructor(readonly page: Page) {
    this.toolbarButton = page.getByTestId('toolbar.lessons');
    this.presenterButton = page.getByTestId('toolbar.presenter');
    this.panel = page.getByTestId('lessons.panel');
    this.title = page.getByTestId('lessons.title');
    this.stepTitle = page.getByTestId('lessons.step.title');
    this.goal = page.getByTestId('lessons.goal');
    this.goalStatus = page.getByTestId('lessons.goal.status');
    this.next = page.getByTestId('lessons.next');
    this.previous = page.getByTestId('lessons.previous');
    this.hint = page.getByTestId('lessons.hint');
    this.hints = page.getByTestId('lessons.hints').getByRole('listitem');
    this.allLessons = page.getByTestId('lessons.all');
  }

  /** Opens the panel (if closed) and starts a lesson from the picker. */
  async start(lessonId: string) {
    if (!(await this.panel.isVisible())) await this.toolbarButton.click();
    await this.page.getByTestId(`lessons.pick.${lessonId}`).click();
    await expect(this.goal).toBeVisible();
  }

  condition(index: number): Locator {
    return this.page.getByTestId(`lessons.goal.condition.${index}`);
  }

  progress(lessonId: string): Locator {
    return this.page.getByTestId(`lessons.progress.${lessonId}`);
  }
}
