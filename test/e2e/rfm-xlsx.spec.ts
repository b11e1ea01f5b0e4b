import { expect, test, type Page } from '@playwright/test';
import { createBlankProject, waitSaved } from './helpers';

const chooseFile = async (page: Page, path: string) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Import (customer data|another file)…$/ }).click();
  await (await chooser).setFiles(path);
};

test('RFM: an Excel workbook is chosen, its typed dates and amounts read, its bad rows counted by sheet row', async ({
  page,
}) => {
  await createBlankProject(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
  // Saved by LibreOffice Calc from public/examples/transactions.en.csv: dates as date cells, amounts as numbers.
  await chooseFile(page, 'test/fixtures/transactions/example.en.xlsx');
  const dialog = page.getByRole('dialog', { name: 'Import “example.en.xlsx”' });
  await expect(dialog.getByTestId('rfm-xlsx-note')).toContainText('first sheet');
  await expect(dialog.getByRole('combobox', { name: 'Date column' })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: 'Dates are written as' })).toHaveValue('ymd');
  await expect(dialog.getByTestId('rfm-preview').getByRole('row').nth(1)).toContainText('2025-04-04');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The same 1,432 purchases by 302 customers as the CSV the workbook was saved from.
  await expect(page.getByTestId('rfm-source')).toHaveText(
    '“example.en.xlsx”: 1,432 rows, 1,432 read, 0 bad; 302 customers; recency counted to 2026-03-31.',
  );
  await expect(page.getByTestId('rfm-segment-row')).toHaveCount(11);

  // A workbook with bad rows: each is listed by its row in the sheet; the blank row 4 is not a row.
  await chooseFile(page, 'test/fixtures/transactions/bad-rows.xlsx');
  const second = page.getByRole('dialog', { name: 'Import “bad-rows.xlsx”' });
  await second.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(second).toBeHidden();
  await expect(page.getByTestId('rfm-source')).toHaveText(
    '“bad-rows.xlsx”: 6 rows, 3 read, 3 bad; 2 customers; recency counted to 2025-05-02.',
  );
  await expect(page.getByTestId('rfm-bad').locator('.rfm-bad-lines li')).toHaveText([
    'Line 5: the date does not read in the chosen order',
    'Line 6: the amount is not a number with the chosen decimal mark',
    'Line 8: no customer id',
  ]);
  await waitSaved(page);

  // An old .xls workbook is refused with what to do; what was imported before stays.
  await chooseFile(page, 'test/fixtures/transactions/old-format.xls');
  const old = page.getByRole('dialog', { name: 'Import “old-format.xls”' });
  await expect(old.getByRole('alert').or(old.locator('p').filter({ hasText: '.xls' }))).toContainText(
    'save it as .xlsx or CSV',
  );
  await old.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('rfm-source')).toContainText('“bad-rows.xlsx”');
});
