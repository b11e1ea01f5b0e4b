import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFresh, waitSaved, storedProjects } from './helpers';

const dir = 'test/fixtures/hostile';
type Expectation = { expect: 'refused'; path: string } | { expect: 'accepted' };
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, Expectation>;
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
const refusedFiles = files.filter((f) => manifest[f]!.expect === 'refused');
const acceptedFiles = files.filter((f) => manifest[f]!.expect === 'accepted');
const PAGES = [
  'PEST(EL)',
  'Five forces',
  'SWOT',
  'TOWS matrix',
  'IFE / EFE',
  'Customers',
  'Service vs cost',
  'Strategy choice',
  'Positioning',
  'Report',
];

/** Records what must never happen: uncaught errors, dialogs (a script payload running), tasks over 1 s. */
async function watch(page: Page): Promise<{ errors: string[]; dialogs: string[] }> {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const long: number[] = ((window as unknown as { longTasks: number[] }).longTasks = []);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  return seen;
}

async function importFile(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Projects' }).click();
  await page
    .getByTestId('import-input')
    .setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(join(dir, name)) });
}

test(`${refusedFiles.length} hostile files are refused with the path and reason of the first problem, and nothing saved changes`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seen = await watch(page);
  await openFresh(page);
  await waitSaved(page);
  const before = await storedProjects(page);
  for (const name of refusedFiles) {
    await importFile(page, name);
    const alert = page.getByRole('alert').filter({ hasText: `“${name}” was not imported` });
    await expect(alert).toContainText('Nothing in your library was changed');
    const first = alert.locator('.problems li').first();
    const path = (await first.locator('code').textContent()) ?? '';
    const expected = manifest[name] as { path: string };
    expect(path.startsWith(expected.path), `${name}: ${path}`).toBe(true);
    expect(((await first.textContent()) ?? '').length).toBeGreaterThan(path.length + 5);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  expect(await storedProjects(page)).toEqual(before);
  expect(seen.errors).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
});

for (const name of acceptedFiles)
  test(`${name} is accepted, and every page works with it`, async ({ page }) => {
    test.setTimeout(90_000);
    const seen = await watch(page);
    await openFresh(page);
    await importFile(page, name);
    await expect(page.getByRole('status').filter({ hasText: /Imported/ })).toBeVisible();
    const longest: Record<string, number> = {};
    const takeLongTasks = async (label: string) => {
      const tasks = await page.evaluate(() =>
        (window as unknown as { longTasks: number[] }).longTasks.splice(0),
      );
      longest[label] = Math.round(Math.max(0, ...tasks));
    };
    await takeLongTasks('import');
    for (const link of PAGES) {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(page.getByText('Something went wrong on this screen.')).toHaveCount(0);
      if (link === 'Report')
        await expect(page.getByTestId('report')).toHaveAttribute('data-complete', 'true');
      await waitSaved(page);
      await takeLongTasks(link);
    }
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    console.log(`${name}: longest task per page (ms) ${JSON.stringify(longest)}`);
    // No page holds the main thread for a second or more (the longest task per page, in ms).
    expect(
      Object.values(longest).every((ms) => ms < 1000),
      JSON.stringify(longest),
    ).toBe(true);
  });
