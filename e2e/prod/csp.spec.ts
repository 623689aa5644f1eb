import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../scripts/contentSecurityPolicy';
import { recordNetwork } from '../journeys/networkRecorder';
import { workshopJourney } from '../journeys/workshopJourney';

test('the build ships the strict policy and the whole journey runs under it without one violation', async ({ page, context, baseURL }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  const network = recordNetwork(context);

  await workshopJourney(page);

  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', contentSecurityPolicy);
  expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  expect(contentSecurityPolicy).not.toContain('unsafe-inline');
  violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
  expect(violations).toEqual([]);
  expect(network.offOrigin(new URL(baseURL ?? '').origin)).toEqual([]);
});
