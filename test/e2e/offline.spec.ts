import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openFresh, quadrant, waitSaved } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app opens, edits, saves and exports with no network', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openFresh(page);
  await expect(page.getByText('The workbench now works offline in this browser.')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'SWOT analysis' })).toBeVisible();
  // The page is the service worker's now, and the network is really down.
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(
    await page.evaluate(() =>
      fetch('/favicon.svg?x').then(
        () => 'up',
        () => 'down',
      ),
    ),
  ).toBe('down');

  // A page never opened before comes from the cache, and an edit is saved in this browser.
  await page.getByRole('link', { name: 'Strategy choice' }).click();
  await expect(page.getByRole('heading', { name: 'Strategy choice' })).toBeVisible();
  await page.getByRole('link', { name: 'SWOT' }).click();
  const field = page.getByRole('textbox', { name: 'New item in Strengths' });
  await field.fill('Works on the train');
  await field.press('Enter');
  await expect(quadrant(page, 'Strengths').getByTestId('swot-item').last().locator('.item-text')).toHaveValue(
    'Works on the train',
  );
  await waitSaved(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file.swot.strengths.map((i: { text: string }) => i.text)).toContain('Works on the train');

  // Still offline: a reload finds the edit kept.
  await page.reload();
  await expect(quadrant(page, 'Strengths').getByTestId('swot-item').last().locator('.item-text')).toHaveValue(
    'Works on the train',
  );
});
