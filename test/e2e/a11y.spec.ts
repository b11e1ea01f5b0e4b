import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { openFresh } from './helpers';

// axe takes several seconds on the example's full SWOT canvas (hundreds of form controls).
test.describe.configure({ timeout: 90_000 });

test('no serious accessibility violations on the SWOT canvas', async ({ page }) => {
  await openFresh(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('no serious accessibility violations on the TOWS matrix', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: 'TOWS matrix' }).click();
  await expect(page.getByRole('heading', { name: 'TOWS matrix', level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('no serious accessibility violations on the library, in Chinese too', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '项目', level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const [link, heading] of [
  ['PEST(EL)', 'PEST(EL) macro-environment'],
  ['Five forces', 'Porter’s five forces'],
  ['IFE / EFE', 'IFE and EFE matrices, IE matrix'],
  ['Customers', 'Customers: what a customer is worth'],
  ['Service vs cost', 'Service level vs cost'],
  ['Strategy choice', 'Strategy choice'],
  ['Positioning', 'Positioning'],
  ['Report', 'Report'],
]) {
  test(`no serious accessibility violations on the ${link} page`, async ({ page }) => {
    await openFresh(page);
    await page.getByRole('navigation').getByRole('link', { name: link!, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading!, level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
