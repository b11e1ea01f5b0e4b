import { expect, test } from '@playwright/test';
import { openFresh, waitSaved } from './helpers';

test('place a new competitor, rate it on the CPM and read the ERRC grid of an alternative; reload keeps it', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('link', { name: 'Positioning' }).click();
  await expect(page.getByRole('heading', { name: 'Positioning', level: 1 })).toBeVisible();

  // The example: today (price 8, quality 8) is premium; the franchise networks (3, 4) are good value.
  const positions = page.getByTestId('positions-table');
  await expect(positions.getByRole('row', { name: /Us today/ })).toContainText('Premium');
  await expect(positions.getByRole('row', { name: /Franchise networks/ })).toContainText('Good value');

  await page.getByRole('button', { name: 'Add a competitor' }).click();
  await page.getByRole('textbox', { name: 'Name of competitor 4' }).fill('Discount courier');
  await page.getByRole('textbox', { name: 'Price of Discount courier' }).fill('1');
  await page.getByRole('textbox', { name: 'Perceived quality of Discount courier' }).fill('12');
  await expect(page.getByText('0–10', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Perceived quality of Discount courier' }).fill('2');
  await expect(positions.getByRole('row', { name: /Discount courier/ })).toContainText('Economy');
  await expect(positions.getByRole('row', { name: /Discount courier/ })).toContainText('1 No frills');
  await expect(page.getByTestId('nine-cell').getByText('Discount courier')).toBeVisible();

  // CPM: the new competitor gets a column; rating it on every factor with 1 gives a total of 1.00.
  const cpm = page.getByTestId('cpm-table');
  await expect(cpm.getByRole('columnheader', { name: 'Discount courier' })).toBeVisible();
  for (const factor of [
    'Network speed',
    'Price competitiveness',
    'Reliability',
    'Tracking technology',
    'Rural coverage',
    'Brand reputation',
    'Customer service',
  ])
    await page.getByRole('combobox', { name: `Rating of Discount courier on ${factor}` }).selectOption('1');
  await expect(cpm.getByTestId('cpm-total')).toHaveText(['3.00', '2.50', '3.15', '2.70', '1.00']);

  // Cost leadership against today: cold chain 2 → 0 is eliminated, insurance 7 → 2 reduced, rural 3 → 6 raised.
  await page.getByRole('combobox', { name: /^Alternative/ }).selectOption({ label: 'Cost leadership' });
  await expect(page.getByTestId('errc-eliminate')).toContainText('Cold chain');
  await expect(page.getByTestId('errc-reduce')).toContainText('Insurance and claims');
  await expect(page.getByTestId('errc-raise')).toContainText('Rural coverage');
  await expect(page.getByRole('heading', { name: /Strategy canvas: Cost leadership/ })).toBeVisible();

  await waitSaved(page);
  await page.reload();
  await expect(
    page.getByTestId('positions-table').getByRole('row', { name: /Discount courier/ }),
  ).toContainText('Economy');
  await expect(page.getByTestId('cpm-table').getByTestId('cpm-total').last()).toHaveText('1.00');
});

test('the targeting advisor: the example points to differentiated marketing; answers change the advice and stay after a reload', async ({
  page,
}) => {
  await openFresh(page);
  await page
    .getByRole('navigation', { name: 'Project sections' })
    .getByRole('link', { name: 'Positioning' })
    .click();
  const verdict = page.getByTestId('targeting-verdict');
  await expect(verdict).toHaveText(
    'Points to differentiated marketing: 6 of the 6 conditions answered favour it.',
  );
  // Limited resources favour concentrating on one segment: a tie; a declining market tips it.
  await page
    .getByRole('combobox', { name: 'The firm’s resources' })
    .selectOption({ label: 'Limited resources' });
  await expect(verdict).toHaveText(
    'No single answer: differentiated marketing or concentrated marketing are favoured equally (5 of the 6 conditions answered each).',
  );
  await page.getByRole('combobox', { name: 'Life-cycle stage' }).selectOption({ label: 'Decline stage' });
  await expect(verdict).toHaveText(
    'Points to concentrated marketing: 6 of the 6 conditions answered favour it.',
  );
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Life-cycle stage' })).toHaveValue('decline');
  await expect(verdict).toContainText('concentrated marketing');
});
