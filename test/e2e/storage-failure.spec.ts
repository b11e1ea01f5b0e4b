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

test('with browser storage blocked, the example still opens, the warning stays and the work can be exported', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Access to storage is not allowed from this context.', 'SecurityError');
    };
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'SWOT analysis' })).toBeVisible();
  const banner = page.getByTestId('save-failed');
  await expect(banner).toContainText('Browser storage is unavailable');
  await addItems(page, 'Threats', ['Typed with storage blocked']);
  await expect(banner).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.swot.threats.at(-1).text).toBe('Typed with storage blocked');
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'cannot be read from this browser’s storage' }),
  ).toBeVisible();
  await context.close();
});

test('asks the browser for persistent storage on the first save', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { persistCalls: string[] }).persistCalls = calls;
    Object.defineProperty(navigator, 'storage', {
      value: {
        persisted: async () => false,
        persist: async () => {
          calls.push('persist');
          return true;
        },
        estimate: async () => ({ usage: 0, quota: 1e9 }),
      },
    });
  });
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['One']);
  await waitSaved(page);
  await addItems(page, 'Strengths', ['Two']);
  await waitSaved(page);
  expect(await page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual([
    'persist',
  ]);
});

test('opening another project while a save has failed asks first, naming what would be lost', async ({
  page,
}) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['Saved']);
  await waitSaved(page);
  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = true));
  await addItems(page, 'Strengths', ['Not saved yet']);
  await expect(page.getByTestId('save-failed')).toBeVisible();

  await page.getByRole('link', { name: 'Projects' }).click();
  const other = page.getByTestId('project-row').filter({ hasNotText: 'Untitled project' });
  await other.getByRole('button', { name: 'Open' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Leave “Untitled project” and lose this tab’s unsaved changes?',
  });
  await expect(dialog).toContainText('could not be saved in this browser');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.swot.strengths.map((i: { text: string }) => i.text)).toEqual(['Saved', 'Not saved yet']);
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('save-failed')).toBeVisible();
  await expect(page.locator('.project-title')).toHaveText('Untitled project');

  // Asked again, discarding opens the other project.
  await other.getByRole('button', { name: 'Open' }).click();
  await dialog.getByRole('button', { name: 'Discard changes and go on' }).click();
  await expect(page.getByRole('heading', { name: 'SWOT analysis' })).toBeVisible();
  await expect(page.locator('.project-title')).not.toHaveText('Untitled project');
  await expect(page.getByTestId('save-failed')).toBeHidden();
});

test('with no IndexedDB at all, the warning says the browser keeps nothing (no raw error) and a new project still opens', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  const page = await context.newPage();
  await page.goto('/');
  const banner = page.getByTestId('save-failed');
  await expect(banner).toContainText('Browser storage is unavailable');
  await expect(banner).toContainText('This browser keeps nothing of this project');
  await expect(banner).not.toContainText('TypeError');
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'This browser keeps nothing' }).first(),
  ).toBeVisible();
  await expect(page.getByText('TypeError')).toHaveCount(0);
  await page.getByRole('button', { name: 'New blank project' }).click();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const dialog = page.getByRole('dialog');
  // The example on screen is not kept anywhere, so leaving it asks first.
  await dialog.getByRole('button', { name: 'Discard changes and go on' }).click();
  await expect(page.getByRole('heading', { name: 'SWOT analysis' })).toBeVisible();
  await expect(page.locator('.project-title')).toHaveText('Untitled project');
  await expect(page.getByTestId('save-failed')).toContainText('This browser keeps nothing');
  await context.close();
});
