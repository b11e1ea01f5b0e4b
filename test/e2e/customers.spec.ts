import { expect, test } from '@playwright/test';
import { openFresh, waitSaved } from './helpers';

test('the course’s customer value: 26,000 yuan, word of mouth +1 / −2, and a lifetime value from retention; bad input is explained and reload keeps the rest', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Customers: what a customer is worth', level: 1 }),
  ).toBeVisible();
  // The course's KFC exercise: 50 yuan a visit, once a week, ten years.
  await expect(page.getByTestId('course-value')).toHaveText(
    '50 a visit × 52 visits a year × 10 years = 26,000',
  );
  // Told 5 or 10 people, 20% act on it: one customer won, two lost.
  const wom = page.getByTestId('word-of-mouth');
  await expect(wom.getByRole('row', { name: /^Satisfied/ }).getByRole('cell')).toHaveText(['+1', '+26,000']);
  await expect(wom.getByRole('row', { name: /^Dissatisfied/ }).getByRole('cell')).toHaveText([
    '−2',
    '−52,000',
  ]);
  await expect(page.getByTestId('word-of-mouth-stake')).toContainText('At stake with one customer: 104,000.');

  // A visit every other week halves it; the word of mouth follows.
  const visits = page.getByRole('textbox', { name: 'Visits per year' });
  await visits.fill('26');
  await expect(page.getByTestId('course-value')).toHaveText(
    '50 a visit × 26 visits a year × 10 years = 13,000',
  );
  await expect(wom.getByRole('row', { name: /^Satisfied/ }).getByRole('cell')).toHaveText(['+1', '+13,000']);
  // Bad input is explained at the field and changes nothing.
  const spend = page.getByRole('textbox', { name: 'Spend per visit' });
  await spend.fill('-5');
  await expect(page.getByText('0 – 1000000000')).toBeVisible();
  await expect(page.getByTestId('course-value')).toContainText('= 13,000');
  await spend.fill('5O');
  await expect(page.getByText('Enter a number.')).toBeVisible();
  await spend.fill('50');

  // Retention: margin 100, 80% kept, 10% discount, no end: 100 × 0.8 / 0.3 = 266.67.
  const ltv = page.getByTestId('lifetime-value');
  await expect(ltv).toContainText('Lifetime value: 266.67');
  await expect(page.getByText('m·r / (1 + i − r) − acquisition cost')).toBeVisible();
  // Full retention and no discount never ends: the page asks for a horizon instead of a value.
  await page.getByRole('textbox', { name: 'Retention rate per period (%)' }).fill('100');
  await page.getByRole('textbox', { name: 'Discount rate per period (%)' }).fill('0');
  await expect(page.getByText(/never stops growing/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'No end (an infinite horizon)' }).uncheck();
  await page.getByRole('textbox', { name: 'Periods' }).fill('12');
  await expect(ltv).toContainText('Lifetime value: 1,200');
  await page.getByRole('textbox', { name: 'Cost of winning the customer' }).fill('300');
  await expect(ltv).toContainText('Lifetime value: 900');
  await expect(ltv).toContainText('Winning this customer costs 300: 25% of what keeping them brings.');

  // One typing run is one undo step: the acquisition cost goes back to 0, and comes again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(ltv).toContainText('Lifetime value: 1,200');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(ltv).toContainText('Lifetime value: 900');

  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('course-value')).toHaveText(
    '50 a visit × 26 visits a year × 10 years = 13,000',
  );
  await expect(page.getByTestId('lifetime-value')).toContainText('Lifetime value: 900');
});
