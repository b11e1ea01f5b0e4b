import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test('no serious accessibility violations on the library, SWOT and TOWS pages', async ({ page }) => {
  await openFresh(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'TOWS matrix' }).click();
  await expect(page.getByRole('heading', { name: 'TOWS matrix', level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
