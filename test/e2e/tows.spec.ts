import { expect, test } from '@playwright/test';
import { addItems, createBlankProject, waitSaved } from './helpers';

test('TOWS strategies link their SWOT items, and the labels follow renumbering and deletion', async ({
  page,
}) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['Brand', 'Network', 'Staff']);
  await addItems(page, 'Opportunities', ['Rural demand', 'Cold chain']);
  await addItems(page, 'Threats', ['Price war']);
  await page.getByRole('link', { name: 'TOWS matrix' }).click();
  await expect(page.getByRole('region', { name: 'SO strategies (growth)' })).toContainText(
    'Combine a Strengths item',
  );

  await page.getByRole('textbox', { name: 'New SO strategy' }).fill('Cold-chain next-day service');
  await page.getByRole('textbox', { name: 'New SO strategy' }).press('Enter');
  const so = page.getByRole('region', { name: 'SO strategies (growth)' });
  await so.getByRole('button', { name: 'Link S3: Staff' }).click();
  await so.getByRole('button', { name: 'Link S2: Network' }).click();
  await so.getByRole('button', { name: 'Link O2: Cold chain' }).click();
  await expect(so.getByTestId('tows-links')).toHaveText('(S2, S3, O2)');
  await expect(so.getByRole('button', { name: 'Link S2: Network' })).toHaveAttribute('aria-pressed', 'true');
  // WT offers only weaknesses and threats.
  const wt = page.getByRole('region', { name: 'WT strategies (defensive)' });
  await wt.getByRole('textbox', { name: 'New WT strategy' }).fill('Hold prices');
  await wt.getByRole('textbox', { name: 'New WT strategy' }).press('Enter');
  await expect(wt.getByRole('button', { name: /^Link / })).toHaveText(['T1']);

  // Deleting S1 renumbers: Network becomes S1, Staff S2.
  await page.getByRole('link', { name: 'SWOT', exact: true }).click();
  await page.getByRole('button', { name: 'Delete S1' }).click();
  // Moving O1 below O2 renumbers the opportunities.
  await page.getByRole('textbox', { name: 'O1 text' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('link', { name: 'TOWS matrix' }).click();
  await expect(so.getByTestId('tows-links')).toHaveText('(S1, S2, O1)');

  // Deleting a linked item removes the link; moving it to a quadrant SO cannot use drops it too.
  await page.getByRole('link', { name: 'SWOT', exact: true }).click();
  await page.getByRole('button', { name: 'Delete S2' }).click();
  await page.getByRole('textbox', { name: 'S1 text' }).focus();
  await page.locator('summary[aria-label="Move S1"]').click();
  await page.getByRole('button', { name: 'Move to Weaknesses' }).click();
  await page.getByRole('link', { name: 'TOWS matrix' }).click();
  await expect(so.getByTestId('tows-links')).toHaveText('(O1)');
  await waitSaved(page);
  await page.reload();
  await expect(so.getByTestId('tows-links')).toHaveText('(O1)');
  await expect(so.getByRole('textbox', { name: 'SO strategy 1' })).toHaveValue('Cold-chain next-day service');
});
