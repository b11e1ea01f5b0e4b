import { expect, test } from '@playwright/test';
import { openFresh, waitSaved } from './helpers';

test('the five-level funnel with its conversion rates and the heavy / medium / light groups: typed, a widening level flagged, bad input refused, reload keeps them', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
  const rates = page.getByTestId('funnel-rate');
  // The example: 60,000 → 24,000 → 14,000 → 9,466 → 3,100.
  await expect(rates).toHaveText(['–', '40%', '58.3%', '67.6%', '32.7%']);
  await expect(
    page.getByRole('heading', { name: '5.2% of the potential customers become Loyal customers' }),
  ).toBeVisible();

  // Half the target customers: the rates on both sides follow.
  const target = page.getByRole('textbox', { name: 'Customers at level: Target customers' });
  await target.fill('12000');
  await expect(rates).toHaveText(['–', '20%', '116.7%', '67.6%', '32.7%']);
  // Fewer target than prospective customers: flagged where it shows, not changed.
  await expect(page.getByTestId('funnel-row').nth(2)).toContainText(
    'More than the level before: a funnel only narrows, so check the counts.',
  );
  await target.fill('-5');
  await expect(page.getByText('0 – 1,000,000,000').first()).toBeVisible();
  await expect(rates.nth(1)).toHaveText('20%');
  await target.fill('28000');
  await expect(rates.nth(1)).toHaveText('46.7%');

  // Heavy customers come twice as often: 166 × 4,000 of 1,084,000 visits a year.
  const shares = page.getByTestId('frequency-visit-share');
  await expect(shares).toHaveText(['44.1%', '52.7%', '3.2%']);
  await page.getByRole('textbox', { name: 'Visits a year each: Heavy' }).fill('4000');
  await expect(shares.first()).toHaveText('61.3%');
  await expect(
    page.getByRole('heading', {
      name: 'Heavy customers are 1.8% of the customers and make 61.3% of the visits',
    }),
  ).toBeVisible();

  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('funnel-rate').nth(1)).toHaveText('46.7%');
  await expect(page.getByTestId('frequency-visit-share').first()).toHaveText('61.3%');
});
