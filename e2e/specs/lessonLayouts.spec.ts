import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { InspectorPage } from '../pages/InspectorPage';
import { LessonsPage } from '../pages/LessonsPage';
import { PalettePage } from '../pages/PalettePage';
import { ScreenLayout } from '../pages/ScreenLayout';

// Every lesson step that adds a zone, a region or a component, or moves one ("Placed in"), done as a
// student would from the palette and the inspector, then again with "Show solution": after each, the
// design on screen needs no layout fix and what was added is in view.

interface Student {
  page: Page;
  canvas: CanvasPage;
  palette: PalettePage;
  inspector: InspectorPage;
  /** Drops a palette item onto a group (or the empty canvas) at a spot given as fractions of its box; returns the new node's id. */
  add(kind: string, target: string | null, spot: { x: number; y: number }): Promise<string>;
}

type StudentWork = (student: Student) => Promise<{ added: string[] }>;

const lessons: { id: string; steps: Record<string, StudentWork | null> }[] = [
  {
    id: 'redundancy-and-nines',
    steps: {
      // The workshop's complaint: a second zone dropped onto zone a.
      database: async ({ add }) => ({ added: [await add('zone', 'zone-a', { x: 0.5, y: 0.5 })] }),
      zone: async ({ canvas, inspector }) => {
        await canvas.select('lb');
        await inspector.field('groupId').selectOption('eu-west-1');
        return { added: ['lb'] };
      },
    },
  },
  {
    id: 'disaster-recovery',
    steps: {
      backups: null,
      'pilot-light': async ({ page, add, palette, canvas }) => {
        const box = await canvas.group('aws').boundingBox();
        await palette.dropOnto('region', canvas.group('aws'), { x: (box?.width ?? 0) * 0.9, y: (box?.height ?? 0) * 0.5 });
        await page.getByTestId('region-picker.option.aws:eu-central-1').click();
        await expect.poll(() => canvas.selectedNodeIds()).toHaveLength(1);
        const [region = ''] = await canvas.selectedNodeIds();
        const zone = await add('zone', region, { x: 0.5, y: 0.6 });
        return { added: [region, zone, await add('database', zone, { x: 0.5, y: 0.5 })] };
      },
      'warm-standby': async ({ add }) => ({ added: [await add('compute', 'dr-a', { x: 0.3, y: 0.3 })] }),
      'active-active': async ({ add }) => ({ added: [await add('loadBalancer', 'dr', { x: 0.5, y: 0.1 })] }),
    },
  },
  {
    id: 'latency-and-geography',
    steps: {
      distance: async ({ add }) => ({ added: [await add('cdn', null, { x: 0.6, y: 0.15 })] }),
      tail: null,
    },
  },
];

for (const lesson of lessons) {
  test(`${lesson.id}: each step's zones, regions and components land without a layout fix, done by hand or by "Show solution"`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const canvas = new CanvasPage(page);
    const lessonsPage = new LessonsPage(page);
    const screen = new ScreenLayout(page);
    const palette = new PalettePage(page);
    const groupIds = async () => page.locator('[data-testid^="canvas.group."]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-testid')?.slice('canvas.group.'.length) ?? ''));
    const student: Student = {
      page,
      canvas,
      palette,
      inspector: new InspectorPage(page),
      add: async (kind, target, spot) => {
        const before = await page.locator('.react-flow__node').count();
        const drop = target === null ? canvas.pane : canvas.group(target);
        const box = await drop.boundingBox();
        if (!box) throw new Error(`${target ?? 'the canvas'} is not on screen`);
        await canvas.viewSettled();
        await palette.dropOnto(kind, drop, { x: box.width * spot.x, y: box.height * spot.y });
        await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);
        await expect.poll(() => canvas.selectedNodeIds()).toHaveLength(1);
        const [id = ''] = await canvas.selectedNodeIds();
        return id;
      },
    };
    await canvas.open();
    await lessonsPage.start(lesson.id);
    for (const [stepId, work] of Object.entries(lesson.steps)) {
      await expect(page.getByTestId('lessons.step')).toHaveAttribute('data-step', stepId);
      if (work) {
        const { added } = await work(student);
        await page.screenshot({ path: test.info().outputPath(`${stepId}-by-hand.png`) });
        expect(await screen.problems(), `${stepId}, by hand`).toEqual([]);
        const groups = new Set(await groupIds());
        for (const id of added) expect(await screen.inView(id, groups.has(id) ? 'group' : 'node'), `${stepId}: ${id} in view`).toBe(true);
        await page.getByTestId('lessons.restart').click();
        await expect(lessonsPage.goal).toHaveAttribute('data-state', 'unmet');
      }
      await page.getByTestId('lessons.solution').click();
      await expect(lessonsPage.goal).toHaveAttribute('data-state', 'met');
      expect(await screen.problems(), `${stepId}, by its solution`).toEqual([]);
      if (stepId !== Object.keys(lesson.steps).at(-1)) await lessonsPage.next.click();
    }
  });
}
