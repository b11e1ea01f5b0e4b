import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { createBlankProject, waitSaved } from './helpers';

const chooseFile = async (page: Page, path: string) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Import (customer data|another file)…$/ }).click();
  await (await chooser).setFiles(path);
};

const openCustomers = async (page: Page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'RFM from your customer data' })).toBeVisible();
};

test('RFM: the example transaction file (Chinese headers, 2026/3/1 dates) chosen, its columns mapped, segments seen, and the segments become the ABC list', async ({
  page,
}) => {
  await createBlankProject(page);
  await openCustomers(page);
  await chooseFile(page, 'public/examples/transactions.zh-CN.csv');
  const dialog = page.getByRole('dialog', { name: 'Import “transactions.zh-CN.csv”' });
  // The columns are guessed from the Chinese headers, the date order from the first rows.
  await expect(dialog.getByRole('combobox', { name: 'Customer id column' })).toHaveValue('0');
  await expect(
    dialog.getByRole('combobox', { name: 'Customer id column' }).locator('option:checked'),
  ).toHaveText('Column 1: 客户编号');
  await expect(dialog.getByRole('combobox', { name: 'Date column' })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: 'Amount column' })).toHaveValue('2');
  await expect(dialog.getByRole('combobox', { name: 'Dates are written as' })).toHaveValue('ymd');
  await expect(dialog.getByTestId('rfm-preview').getByRole('row').nth(1)).toContainText(
    '2025/4/4 → 2025-04-04',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('rfm-source')).toHaveText(
    '“transactions.zh-CN.csv”: 1,432 rows, 1,432 read, 0 bad; 302 customers; recency counted to 2026-03-31.',
  );
  await expect(page.getByRole('status').filter({ hasText: 'Imported 302 customers' })).toBeVisible();
  await expect(page.getByTestId('rfm-bad')).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: 'Where 302 customers sit by recency and frequency' }),
  ).toBeVisible();
  // Every customer is in exactly one named segment.
  const segmentRows = page.getByTestId('rfm-segment-row');
  await expect(segmentRows).toHaveCount(11);
  const counts = await segmentRows.evaluateAll((rows) =>
    rows.map((row) => Number(row.querySelectorAll('td')[1]!.textContent!.replace(/,/g, ''))),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(302);
  await expect(segmentRows.first().getByRole('rowheader')).toHaveText('Champions');
  await expect(segmentRows.first().getByRole('cell').first()).toHaveText('R 5, F 4–5');
  expect(await seriousViolations(page)).toEqual([]);

  // The segments become the ABC rows, each with its customers and value; the ABC classes follow.
  await page.getByRole('button', { name: 'Use the segments as the ABC list' }).click();
  const abcRows = page.getByTestId('segment-row');
  await expect(abcRows).toHaveCount(counts.filter((n) => n > 0).length);
  await expect(page.getByRole('textbox', { name: 'Name of row 1', exact: true })).toHaveValue('Champions');
  await expect(page.getByRole('textbox', { name: 'Customers in Champions' })).toHaveValue(String(counts[0]));
  await expect(page.getByTestId('abc-classes')).toBeVisible();

  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('rfm-source')).toContainText('302 customers');
  await expect(abcRows).toHaveCount(counts.filter((n) => n > 0).length);
});

test('RFM: a file with bad rows is mapped by hand, its bad rows counted with their line numbers; settings that read nothing say so', async ({
  page,
}) => {
  await createBlankProject(page);
  await openCustomers(page);
  await chooseFile(page, 'test/fixtures/transactions/bad-rows.csv');
  const dialog = page.getByRole('dialog', { name: 'Import “bad-rows.csv”' });
  // German headers are not guessed: each field says what is missing, and Import waits.
  await expect(dialog.getByText('Choose the column that holds this.')).toHaveCount(3);
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await dialog
    .getByRole('combobox', { name: 'Customer id column' })
    .selectOption({ label: 'Column 1: Kunde' });
  await dialog.getByRole('combobox', { name: 'Date column' }).selectOption({ label: 'Column 1: Kunde' });
  await expect(dialog.getByText('This column is already chosen for another field.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Date column' }).selectOption({ label: 'Column 2: Datum' });
  await dialog.getByRole('combobox', { name: 'Amount column' }).selectOption({ label: 'Column 3: Betrag' });
  // Every day in the first rows is 12 or less: both orders fit, and the form says to check.
  await expect(dialog.getByText(/read in more than one order/)).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Decimal mark in amounts' })).toHaveValue(',');
  await expect(dialog.getByTestId('rfm-preview').getByRole('row').nth(1)).toContainText('1.234,50 → 1234.5');

  // Read as year-month-day, no row reads: the dialog says so and goes back to the columns.
  await dialog.getByRole('combobox', { name: 'Dates are written as' }).selectOption('ymd');
  await importButton.click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'No row could be read with these settings: check the columns, the date order and the decimal mark.',
  );
  await dialog.getByRole('button', { name: 'Back to the columns' }).click();
  await dialog.getByRole('combobox', { name: 'Dates are written as' }).selectOption('dmy');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('rfm-source')).toContainText(
    '“bad-rows.csv”: 8 rows, 3 read, 5 bad; 2 customers',
  );
  const bad = page.getByTestId('rfm-bad');
  await expect(bad.locator('summary')).toHaveText('5 bad rows were not read');
  await expect(bad.locator('.rfm-bad-lines li')).toHaveText([
    'Line 4: the date does not read in the chosen order',
    'Line 6: no customer id',
    'Line 7: the amount is not a number with the chosen decimal mark',
    'Line 8: fewer columns than the chosen ones',
    'Lines 10–12: a quote is not closed, so the row cannot be split into columns',
  ]);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('rfm-bad').locator('summary')).toHaveText('5 bad rows were not read');
});

test('RFM: a per-customer summary from a data warehouse (Chinese headers) is read as it is; a customer given twice is a bad row', async ({
  page,
}) => {
  await createBlankProject(page);
  await openCustomers(page);
  await chooseFile(page, 'test/fixtures/transactions/summary.zh-CN.csv');
  const dialog = page.getByRole('dialog', { name: 'Import “summary.zh-CN.csv”' });
  await dialog.getByRole('radio', { name: /^One row per customer/ }).check();
  await expect(dialog.getByRole('combobox', { name: 'Recency (days) column' })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: 'Frequency column' })).toHaveValue('2');
  await expect(dialog.getByRole('combobox', { name: 'Monetary value column' })).toHaveValue('3');
  await expect(dialog.getByRole('combobox', { name: 'Dates are written as' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('rfm-source')).toHaveText(
    '“summary.zh-CN.csv” (one row per customer): 31 rows, 30 read, 1 bad; 30 customers.',
  );
  await expect(page.getByTestId('rfm-bad').locator('.rfm-bad-lines li')).toHaveText([
    'Line 13: the customer is on an earlier row already',
  ]);
});

test('RFM: a segment whose refunds outweigh its purchases is named as left out of the ABC list, before and after it is used', async ({
  page,
}) => {
  await createBlankProject(page);
  await openCustomers(page);
  // Four customers; C4 only returned goods (−60) and sits alone in its segment.
  await chooseFile(page, 'test/fixtures/transactions/refunds-summary.csv');
  const dialog = page.getByRole('dialog', { name: 'Import “refunds-summary.csv”' });
  await dialog.getByRole('radio', { name: /^One row per customer/ }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  const leftOut = page.getByTestId('rfm-left-out');
  await expect(leftOut).toHaveText(
    /^Left out of the ABC list: [^.;]+\. Their refunds outweigh their purchases/,
  );
  const segmentName = /list: ([^.]+)\./.exec((await leftOut.textContent())!)![1]!;
  await page.getByRole('button', { name: 'Use the segments as the ABC list' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Left out of the ABC list' })).toBeVisible();
  const names = await page
    .getByTestId('segment-row')
    .getByRole('textbox')
    .evaluateAll((inputs) =>
      inputs
        .filter((i) => i.getAttribute('aria-label')?.startsWith('Name of'))
        .map((i) => (i as HTMLInputElement).value),
    );
  expect(names.length).toBeGreaterThan(0);
  expect(names).not.toContain(segmentName);
});
