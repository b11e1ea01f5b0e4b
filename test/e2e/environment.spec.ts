import { expect, test, type Page } from '@playwright/test';
import { itemTexts, openFresh, waitSaved } from './helpers';

async function goTo(page: Page, link: string, heading: string) {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

test('rate a five-forces driver and see the intensity, attractiveness and chart change; reload keeps it', async ({
  page,
}) => {
  await openFresh(page);
  await goTo(page, 'Five forces', 'Porter’s five forces');
  const entrants = page.getByTestId('force-entrants');
  await expect(entrants.getByTestId('force-intensity')).toHaveText('Intensity 2.3 now, 2.5 in 3 years');
  await expect(page.getByTestId('attractiveness')).toHaveText(
    'Industry attractiveness: 2.63 now, 2.27 in 3 years (1–5)',
  );
  const barLabels = page.locator('.recharts-label-list text');
  await expect(barLabels.filter({ hasText: '2.8' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'New entrants driver 1 rating now (1–5)' }).selectOption('4');
  await expect(entrants.getByTestId('force-intensity')).toHaveText('Intensity 2.8 now, 2.5 in 3 years');
  // (4 + 2 + 2 + 3) / 4 = 2.75 for entrants; attractiveness 6 − (2.75 + 3.5 + 4.33 + 3 + 3.75) / 5 = 2.53
  await expect(page.getByTestId('attractiveness')).toHaveText(
    'Industry attractiveness: 2.53 now, 2.27 in 3 years (1–5)',
  );
  await expect(barLabels.filter({ hasText: '2.8' })).toHaveCount(1);

  // A driver of one's own, from Porter's suggestions.
  await page
    .getByTestId('force-substitutes')
    .getByRole('button', { name: 'Add driver: Buyers’ propensity to substitute' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Substitutes driver 3', exact: true })).toHaveValue(
    'Buyers’ propensity to substitute',
  );

  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'New entrants driver 1 rating now (1–5)' })).toHaveValue(
    '4',
  );
  await expect(page.getByTestId('attractiveness')).toContainText('2.53 now');
  await expect(page.getByRole('textbox', { name: 'Substitutes driver 3', exact: true })).toHaveValue(
    'Buyers’ propensity to substitute',
  );
});

test('send a PEST factor to the SWOT and find it linked both ways; reload keeps the link', async ({
  page,
}) => {
  await openFresh(page);
  await goTo(page, 'PEST(EL)', 'PEST(EL) macro-environment');
  const factor = page
    .getByTestId('pestel-factor')
    .filter({ has: page.getByRole('textbox', { name: 'S1 text' }) });
  await expect(page.getByRole('textbox', { name: 'S1 text' })).toHaveValue(
    'Customers expect same-day, contact-free delivery',
  );
  await factor.getByRole('button', { name: '→ SWOT as opportunity' }).click();
  await expect(factor.getByTestId('used-in-swot')).toHaveText('In SWOT as O6');
  await expect(page.getByRole('status').filter({ hasText: 'is now O6 in the SWOT' })).toBeVisible();

  await goTo(page, 'SWOT', 'SWOT analysis');
  expect((await itemTexts(page, 'Opportunities')).at(-1)).toBe(
    'Customers expect same-day, contact-free delivery',
  );
  const o6 = page.getByRole('region', { name: 'Opportunities' }).getByTestId('swot-item').nth(5);
  await expect(o6.getByTestId('swot-source')).toHaveText('↖ From PEST(EL) S1 (Social)');

  await waitSaved(page);
  await page.reload();
  await expect(o6.getByTestId('swot-source')).toHaveText('↖ From PEST(EL) S1 (Social)');
  await o6.getByTestId('swot-source').click();
  await expect(page.getByRole('heading', { name: 'PEST(EL) macro-environment', level: 1 })).toBeVisible();
  await expect(factor.getByTestId('used-in-swot')).toHaveText('In SWOT as O6');

  // A new factor with its score, ranked.
  await page.getByRole('textbox', { name: 'New Legal factor' }).fill('Stricter rules on parcel lockers');
  await page.getByRole('textbox', { name: 'New Legal factor' }).press('Enter');
  await page.getByRole('combobox', { name: 'L3 impact (1–5)' }).selectOption('5');
  await page.getByRole('combobox', { name: 'L3 likelihood (1–5)' }).selectOption('5');
  await expect(page.getByTestId('pestel-ranking').locator('tbody tr').first()).toContainText(
    'L3 Stricter rules on parcel lockers',
  );
  await expect(page.getByTestId('pestel-ranking').locator('tbody tr').first()).toContainText('25');
});

test('fix a weight sum with normalise and see the IE matrix move; reload keeps it', async ({ page }) => {
  await openFresh(page);
  await goTo(page, 'IFE / EFE', 'IFE and EFE matrices, IE matrix');
  const ife = page.getByTestId('matrix-ife');
  await expect(ife.getByTestId('matrix-total')).toHaveText('2.53');
  await expect(page.getByTestId('ie-verdict')).toHaveText('Cell V: Hold and maintain');
  await expect(page.locator('[data-cell="V"]')).toHaveAttribute('data-active', 'true');

  await ife.getByRole('textbox', { name: 'S1 weight (0–1)' }).fill('1');
  await expect(ife.getByTestId('weight-sum')).toHaveText('1.85');
  await expect(ife.getByRole('status')).toContainText('IFE weights add up to 1.85; they must add up to 1.00');
  await expect(page.getByTestId('ie-verdict')).toHaveText(
    'The firm is placed once both matrices meet all their rules.',
  );
  await expect(page.getByTestId('ie-firm')).toHaveCount(0);

  await ife.getByRole('button', { name: 'Normalise weights to 1.00' }).click();
  await expect(ife.getByTestId('weight-sum')).toHaveText('1.00');
  // Normalised weights read as the course writes them, to two decimals (1 ÷ 1.85 = 0.54), still summing to 1.00.
  await expect(ife.getByRole('textbox', { name: 'S1 weight (0–1)' })).toHaveValue('0.54');
  // A weight typed as a percentage is that share.
  await ife.getByRole('textbox', { name: 'S1 weight (0–1)' }).fill('60%');
  await expect(ife.getByTestId('weight-sum')).toHaveText('1.06');
  await ife.getByRole('textbox', { name: 'S1 weight (0–1)' }).fill('54%');
  await expect(ife.getByTestId('weight-sum')).toHaveText('1.00');
  // (2.53 + 0.85 × 4) / 1.85 = 3.21: the firm moves from cell V to cell IV.
  await expect(ife.getByTestId('matrix-total')).toHaveText('3.21');
  await expect(page.getByTestId('ie-verdict')).toHaveText('Cell IV: Grow and build');
  await expect(page.locator('[data-cell="IV"]')).toHaveAttribute('data-active', 'true');
  await expect(page.getByTestId('ie-firm')).toContainText('Firm (IFE 3.21, EFE 2.50)');

  // A rule broken in the IFE: a strength rated as a weakness.
  await ife.getByRole('combobox', { name: 'S2 rating (1–4)' }).selectOption('2');
  await expect(ife.getByRole('status')).toContainText(
    'S2 is a strength rated 2: strengths take 3 (minor) or 4 (major)',
  );
  await ife.getByRole('combobox', { name: 'S2 rating (1–4)' }).selectOption('3');
  await expect(ife.getByRole('status')).toHaveText('✓ All rules met.');

  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('ie-verdict')).toHaveText('Cell IV: Grow and build');
  await expect(ife.getByTestId('weight-sum')).toHaveText('1.00');
});
