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
  await page.getByRole('textbox', { name: 'Periods', exact: true }).fill('12');
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

test('ABC classes: the example’s customers ranked with their class and tier, the rule on screen, charts, a new customer, bad input and a tier choice', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(page.getByTestId('abc-rule')).toHaveText(
    'Ranked by value, a row is A while the rows before it hold less than 80% of the total, B while they hold less than 95%, and C after that.',
  );
  const rows = page.getByTestId('segment-row');
  await expect(rows).toHaveCount(6);
  // Of 100 million: 48 + 21 + 15 (A, the third crosses 80%), 9 + 4.5 (B, to 97.5%), 2.5 (C).
  await expect(page.getByTestId('segment-class')).toHaveText(['A', 'A', 'A', 'B', 'B', 'C']);
  const classes = page.getByTestId('abc-classes');
  const classA = classes.getByRole('row', { name: /^Class A/ });
  await expect(classA.getByRole('combobox')).toHaveValue('high');
  await expect(classA.getByRole('cell')).toHaveText([
    /Medium service/,
    '3',
    '1.8% (166)',
    '84% (84,000,000)',
  ]);
  // The Pareto chart: the bars ranked by value, the cumulative share reaching 84% with the third.
  await expect(
    page.getByRole('heading', { name: 'The first 3 of 6 bring 84% of the value (class A)' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'A: 1.8% of customers bring 84% of the value' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Each class’s share of the customers and of the value' }),
  ).toBeVisible();

  // A new customer worth 60 million tops the list and pushes two of the old A rows down.
  await page.getByRole('textbox', { name: 'Add a customer or segment' }).fill('National retailer');
  await page.getByRole('textbox', { name: 'Add a customer or segment' }).press('Enter');
  await expect(rows).toHaveCount(7);
  const value = page.getByRole('textbox', { name: 'Revenue or profit of National retailer' });
  await value.fill('-1');
  await expect(page.getByText('0 – 1,000,000,000,000')).toBeVisible();
  await expect(page.getByTestId('segment-class').last()).toHaveText('C');
  // An emptied value and a fraction of a customer are explained too, not silently ignored.
  await value.fill('');
  await expect(page.getByText('0 – 1,000,000,000,000')).toBeVisible();
  const count = page.getByRole('textbox', { name: 'Customers in National retailer' });
  await count.fill('2.5');
  await expect(page.getByText('A whole number from 1 to 1,000,000,000.')).toBeVisible();
  await count.fill('1');
  await expect(page.getByText('A whole number from 1 to 1,000,000,000.')).toHaveCount(0);
  await value.fill('60000000');
  // Of 160 million: 60 (A), 48 (A from 37.5%), 21 (A from 67.5%), 15 (B from 80.6%), 9 (B from 90%), 4.5 (C
  // from 95.6%), 2.5 (C); listed in the order they were entered, the new one last.
  await expect(page.getByTestId('segment-class')).toHaveText(['A', 'A', 'B', 'B', 'C', 'C', 'A']);
  await expect(
    page.getByRole('heading', { name: 'The first 3 of 7 bring 80.6% of the value (class A)' }),
  ).toBeVisible();
  // The cut-offs are checked against each other where they are typed.
  await page.getByRole('textbox', { name: 'B until (% of value)' }).fill('70');
  await expect(page.getByText('The B cut-off must be at least the A cut-off (80%).')).toBeVisible();
  // Class B gets high service too.
  await page
    .getByRole('combobox', { name: 'Service tier of class B' })
    .selectOption({ label: 'High service' });
  // The charts' class labels say the tier: the classes' shares, and their shares of the service cost.
  await expect(page.locator('svg text').filter({ hasText: 'B · High service' })).toHaveCount(2);
  await expect(classes.getByRole('row', { name: /^Class B/ }).getByRole('combobox')).toHaveValue('high');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('segment-class')).toHaveText(['A', 'A', 'B', 'B', 'C', 'C', 'A']);
  await expect(page.getByRole('combobox', { name: 'Service tier of class B' })).toHaveValue('high');
});

test('satisfaction: the example survey’s verdicts and CSI, a rating typed and refused off the scale, a scale that would cut a rating, and a shortfall sent to the SWOT as a linked weakness', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(page.getByTestId('satisfaction-rule')).toContainText(
    'P > E: satisfied; P = E: acceptable; P < E: dissatisfied.',
  );
  // Importance-weighted mean P = 111.4 / 28 = 3.979 on 1–5: 100 × (3.979 − 1) / 4 = 74.5.
  await expect(page.getByTestId('csi')).toHaveText('Customer satisfaction index (CSI): 74.5 / 100');
  const rows = page.getByTestId('attribute-row');
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId('attribute-verdict')).toHaveText([
    'Dissatisfied',
    'Dissatisfied',
    'Satisfied',
    'Satisfied',
    'Dissatisfied',
    'Dissatisfied',
    'Acceptable',
  ]);
  await expect(
    page.getByRole('heading', { name: 'Largest shortfall: Complaint handling (P 3.4 vs E 4.3)' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Concentrate here: Price; Complaint handling' }),
  ).toBeVisible();

  // Pickup convenience rated 3.9 against an expectation of 3.6: satisfied, and the index rises.
  const pickup = page.getByRole('textbox', { name: 'Performance (P) of Pickup convenience' });
  await pickup.fill('3.9');
  await expect(page.getByTestId('attribute-verdict').last()).toHaveText('Satisfied');
  // (111.4 + 3 × 0.3) / 28 = 4.011: 75.3.
  await expect(page.getByTestId('csi')).toHaveText('Customer satisfaction index (CSI): 75.3 / 100');
  // Off the scale is explained at the field, and the last good rating stays.
  await pickup.fill('6');
  await expect(page.getByText('1 – 5')).toBeVisible();
  await expect(page.getByTestId('csi')).toContainText('75.3');
  await pickup.fill('3.9');
  // A scale that would leave a rating out is refused where it is typed.
  await page.getByRole('textbox', { name: 'Scale to' }).fill('4');
  await expect(
    page.getByText('An attribute is rated 4.7: change it before the scale leaves it out.'),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Scale to' }).fill('5');

  // The largest shortfall goes to the SWOT as a weakness that remembers where it came from.
  await page.getByRole('button', { name: 'Send Complaint handling to SWOT as a weakness' }).click();
  await expect(rows.nth(5)).toContainText(/In SWOT as W\d+/);
  await waitSaved(page);
  await page.getByRole('navigation').getByRole('link', { name: 'SWOT', exact: true }).click();
  const weakness = page.getByRole('region', { name: 'Weaknesses' });
  await expect(
    weakness.getByText('Complaint handling falls short of expectations (P 3.4 vs E 4.3)'),
  ).toHaveCount(1);
  await expect(weakness.getByRole('link', { name: 'From the satisfaction survey' })).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Weaknesses' })
      .getByRole('link', { name: 'From the satisfaction survey' }),
  ).toBeVisible();
});
