import { expect, test } from '@playwright/test';
import { CanvasPage } from '../pages/CanvasPage';
import { InspectorPage } from '../pages/InspectorPage';
import { PalettePage } from '../pages/PalettePage';

// The foundation's whole promise in one sitting: build, edit, undo, close the tab, come back, find it all.
test('a design built from the palette, edited and undone, survives a reload', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const palette = new PalettePage(page);
  const inspector = new InspectorPage(page);
  await canvas.open();

  await palette.dragTo('compute', canvas.group('zone-a'), { x: 220, y: 75 });
  await expect(inspector.field('groupId')).toHaveValue('zone-a');
  await canvas.connect('compute', 'db');
  await expect(canvas.edge('e-compute-db')).toHaveAttribute('aria-label', 'Call from Compute to Orders DB (primary a, standby b)');

  await canvas.select('compute');
  await inspector.setField('instances', '4');
  await expect(canvas.node('compute')).toContainText('4 ×');
  await inspector.setField('instances', '6');
  await expect(canvas.node('compute')).toContainText('6 ×');
  await canvas.clickEmpty();
  await page.keyboard.press('Control+z');
  await expect(canvas.node('compute')).toContainText('4 ×');

  await page.reload();
  await expect(canvas.node('compute')).toBeVisible();
  await expect(canvas.node('compute')).toContainText('4 ×');
  expect(await canvas.isInside(canvas.node('compute'), canvas.group('zone-a'))).toBe(true);
  await expect(canvas.edge('e-compute-db')).toHaveAttribute('aria-label', 'Call from Compute to Orders DB (primary a, standby b)');
});
