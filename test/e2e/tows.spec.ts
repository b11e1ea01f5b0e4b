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

test('the course’s formulation moves: ticked with how under the TOWS matrix, kept on reload, undone as one step, in the report; in Chinese too', async ({
  page,
}) => {
  await createBlankProject(page);
  await page.getByRole('link', { name: 'TOWS matrix' }).click();
  const moves = page.getByRole('region', { name: 'The course’s formulation moves' });
  await expect(moves.getByRole('checkbox')).toHaveCount(5);
  await moves.getByRole('checkbox', { name: 'Pricing' }).check();
  await moves.getByRole('textbox', { name: 'How: Pricing' }).fill('A premium for guaranteed times');
  await moves.getByRole('checkbox', { name: 'Entry barriers' }).check();
  // Undo takes back the last tick only.
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(moves.getByRole('checkbox', { name: 'Entry barriers' })).not.toBeChecked();
  await expect(moves.getByRole('checkbox', { name: 'Pricing' })).toBeChecked();
  await waitSaved(page);

  await page.reload();
  await expect(moves.getByRole('textbox', { name: 'How: Pricing' })).toHaveValue(
    'A premium for guaranteed times',
  );
  await expect(moves.getByRole('checkbox', { name: 'Pricing' })).toBeChecked();

  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByTestId('report-formulation-moves')).toHaveText(
    'The course’s formulation movesPricing: A premium for guaranteed times',
  );

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('navigation', { name: '项目栏目' }).getByRole('link', { name: 'TOWS 矩阵' }).click();
  const zh = page.getByRole('region', { name: '课程中的战略制定举措' });
  await expect(zh.getByRole('checkbox', { name: '定价' })).toBeChecked();
  await expect(zh.getByRole('checkbox', { name: '兼并' })).not.toBeChecked();
});
