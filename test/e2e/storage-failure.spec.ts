import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addItems, createBlankProject, itemTexts, waitSaved } from './helpers';

test.beforeEach(async ({ page }) => {
  // Lets a test make every IndexedDB write fail as a full disk would.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { failWrites?: boolean }).failWrites)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
});

test('a failed save shows a lasting warning with a JSON export, keeps what was saved, and clears on retry', async ({
  page,
}) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['Saved before the disk filled']);
  await waitSaved(page);

  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = true));
  await addItems(page, 'Strengths', ['Typed while the disk is full']);
  const banner = page.getByTestId('save-failed');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('The browser’s storage is full.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'failed');

  // The warning stays through further edits, and the export holds everything on screen.
  await addItems(page, 'Threats', ['Still typing']);
  await expect(banner).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.swot.strengths.map((i: { text: string }) => i.text)).toEqual([
    'Saved before the disk filled',
    'Typed while the disk is full',
  ]);
  expect(exported.swot.threats).toHaveLength(1);

  // What was saved before is intact: a second tab reads the last good version.
  const second = await page.context().newPage();
  await second.goto(page.url());
  expect(await itemTexts(second, 'Strengths')).toEqual(['Saved before the disk filled']);
  await second.close();

  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = false));
  await banner.getByRole('button', { name: 'Try saving again' }).click();
  await expect(banner).toBeHidden();
  await waitSaved(page);
  await page.reload();
  expect(await itemTexts(page, 'Strengths')).toEqual([
    'Saved before the disk filled',
    'Typed while the disk is full',
  ]);
});
