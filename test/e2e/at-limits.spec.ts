import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LIMITS } from '../../src/domain/project/limits';
import { atLimitsProject } from '../bench/atLimitsProject.mjs';
import { openFresh } from './helpers';

/** Opens the benchmark's project at every schema limit (imported on a fresh profile) on one of its pages. */
async function openAtLimits(page: Page, route: string): Promise<void> {
  test.setTimeout(120_000);
  await openFresh(page);
  const file = atLimitsProject(
    JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')),
    LIMITS,
  );
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByTestId('import-input').setInputFiles({
    name: 'at-limits.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.locator('.project-title')).toHaveText(String(file.name), { timeout: 60_000 });
  await page.waitForURL(/#\/p\/[^/]+\//);
  await page.goto(page.url().replace(/\/[^/]*$/, `/${route}`));
}

test('the QSPM at 800 key factors renders the rows near the screen; Tab walks on row by row and focus stays put on scrolling', async ({
  page,
}) => {
  await openAtLimits(page, 'strategy');
  const table = page.getByTestId('qspm-table');
  await expect(table).toHaveAttribute('aria-rowcount', String(2 + 4 * LIMITS.itemsPerQuadrant + 2));
  const rows = table.getByTestId('qspm-row');
  await expect(rows.first()).toBeVisible();
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);

  // From the last rendered row's last control, Tab reaches the next row's weight, which was not rendered.
  const lastIndex = Number(await rows.last().getAttribute('data-index'));
  await rows
    .last()
    .getByRole('button', { name: /^A dash for every alternative on/ })
    .focus();
  await page.keyboard.press('Tab');
  const focusedRow = page.locator('[data-testid="qspm-row"]:focus-within');
  await expect(focusedRow).toHaveAttribute('data-index', String(lastIndex + 1));
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Weight of /);

  // A score chosen far down is kept, and the focused select stays in the page while the page scrolls away.
  const select = focusedRow.getByRole('combobox').first();
  await select.selectOption('3');
  await select.focus();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator('[data-testid="qspm-row"]:focus-within')).toHaveAttribute(
    'data-index',
    String(lastIndex + 1),
  );
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveValue('2');
});

test('TOWS with 200 items a quadrant: links are chosen from a disclosure, and a chosen link shows in the summary', async ({
  page,
}) => {
  await openAtLimits(page, 'tows');
  const first = page.getByTestId('tows-strategy').first();
  await expect(first.locator('.chip')).toHaveCount(0);
  await first.getByText('Choose from 400 items').click();
  await expect(first.locator('.chip')).toHaveCount(400);
  const chip = first.getByRole('button', { name: /^Link S2:/ });
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByTestId('tows-links')).toContainText('S2');
});
