import { expect, test } from '@playwright/test';
import { openFresh, waitSaved } from './helpers';

test('each ABC class served by a model: its service level and yearly cost, periods typed and refused, a class without a model, the total and the chart', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
  const table = page.getByTestId('tier-service');
  const row = (cls: string) => table.getByRole('row', { name: new RegExp(`^${cls} ·`) });
  // The example, whole staff scheduled: A served by the key-account desk (7 agents ÷ (1 − 30%) = 10 staff × 90 an
  // hour × 3,650 open hours), B by the hotline, open around the clock (⌈9 ÷ 0.7⌉ = 13 × 60 × 8,760), C by the
  // voice-bot scenario (⌈8 ÷ 0.7⌉ = 12 × 60 × 8,760).
  await expect(row('A').getByRole('combobox')).toHaveValue('m-desk');
  await expect(row('A').getByTestId('tier-service-cost')).toHaveText('3,285,000');
  await expect(row('B').getByTestId('tier-service-cost')).toHaveText('6,832,800');
  await expect(row('B').getByTestId('tier-service-level')).toHaveText('81.4%');
  await expect(row('C').getByTestId('tier-service-cost')).toHaveText('6,307,200');
  await expect(table.getByTestId('tier-service-total')).toHaveText('16,425,000');
  await expect(
    page.getByRole('heading', { name: 'Class A holds 84% of the value and takes 20% of the service cost' }),
  ).toBeVisible();

  // Fewer open hours for the desk: the cost follows; a period count of 0 is refused where it was typed.
  const periods = page.getByRole('textbox', { name: 'Model periods a year for class A' });
  await periods.fill('2500');
  await expect(row('A').getByTestId('tier-service-cost')).toHaveText('2,250,000');
  await periods.fill('0');
  await expect(page.getByText('A whole number of periods from 1 to 1,000,000')).toBeVisible();
  await expect(row('A').getByTestId('tier-service-cost')).toHaveText('2,250,000');
  await periods.fill('2500');

  // C without a model: no cost, and the total says which classes it counts.
  await row('C').getByRole('combobox', { name: 'Model or scenario serving class C' }).selectOption('');
  await expect(row('C').getByTestId('tier-service-cost')).toHaveText('–');
  await expect(table.getByTestId('tier-service-total')).toHaveText('9,082,800');
  await expect(table).toContainText('Total cost counts the 2 classes with a model.');

  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Model periods a year for class A' })).toHaveValue('2500');
  await expect(row('C').getByRole('combobox')).toHaveValue('');
  await expect(table.getByTestId('tier-service-total')).toHaveText('9,082,800');
});

test('a call’s value taken from a customer’s lifetime value: the sum and a link back, following the Customers page, kept on reload, typed again when unlinked', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Service vs cost', exact: true }).click();
  const link = page.getByTestId('value-link');
  await link.getByRole('combobox', { name: 'Value of a call comes from' }).selectOption('course');
  // The course's customer: 50 × 52 × 10 = 26,000, kept by 100 calls answered in time (the first guess).
  await expect(page.getByTestId('value-link-formula')).toContainText(
    '= 26,000 ÷ 100 calls = 260 per call answered in time',
  );
  await page.getByRole('textbox', { name: 'Calls answered in time that keep one customer' }).fill('520');
  await expect(page.getByTestId('linked-value-per-call')).toHaveText('50');
  await expect(page.getByRole('textbox', { name: 'Value of a call answered in time' })).toHaveCount(0);

  // The link back to the customer's value; twenty years instead of ten doubles the call's value.
  await link.getByRole('link', { name: 'From the Customers page' }).click();
  await expect(
    page.getByRole('heading', { name: 'Customers: what a customer is worth', level: 1 }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Years as a customer' }).fill('20');
  await page.getByRole('navigation').getByRole('link', { name: 'Service vs cost', exact: true }).click();
  await expect(page.getByTestId('linked-value-per-call')).toHaveText('100');

  // The retention value instead: 100 × 0.8 / (1 + 0.1 − 0.8) = 266.67 per customer.
  await link.getByRole('combobox', { name: 'Value of a call comes from' }).selectOption('retention');
  await expect(page.getByTestId('value-link-formula')).toContainText('= 266.67 ÷ 520 calls = 0.51');
  // Winning a customer costs more than they bring: refused, and the last value stays.
  await link.getByRole('link', { name: 'From the Customers page' }).click();
  await page.getByRole('textbox', { name: 'Cost of winning the customer' }).fill('300');
  await page.getByRole('navigation').getByRole('link', { name: 'Service vs cost', exact: true }).click();
  await expect(page.getByTestId('value-link-problem')).toHaveText(
    'The lifetime value is below zero (the acquisition cost is larger): the value stays 0.51.',
  );
  await link.getByRole('combobox', { name: 'Value of a call comes from' }).selectOption('course');
  await expect(page.getByTestId('linked-value-per-call')).toHaveText('100');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('linked-value-per-call')).toHaveText('100');

  // Typed again: the field comes back with the last value.
  await link.getByRole('combobox', { name: 'Value of a call comes from' }).selectOption('');
  await expect(page.getByRole('textbox', { name: 'Value of a call answered in time' })).toHaveValue('100');
});
