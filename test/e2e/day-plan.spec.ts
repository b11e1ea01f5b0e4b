import { expect, test } from '@playwright/test';
import { createBlankProject, waitSaved } from './helpers';

// pyworkforce README: 100 calls per 30 minutes, 3 minutes each, 80% within 20 s, at most 85% occupancy →
// 14 agents, 20 to schedule after 30% shrinkage. A day of 48 such half-hours: 4,800 calls, 20 × ½ h × 48 =
// 480 scheduled agent-hours (14,400 at 30 an hour), and the CRAN ErlangC service level at 14 agents, 88.8%.
test('a day planned interval by interval: from the model, pasted, imported; bad cells explained; reload keeps it', async ({
  page,
}) => {
  await createBlankProject(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Service vs cost', exact: true }).click();
  await page.getByRole('button', { name: '+ Call centre (Erlang C/A)' }).click();
  const day = page.getByTestId('day-plan');
  await day
    .getByRole('button', { name: 'Start from this model’s calls (4,800 a day, spread evenly)' })
    .click();
  await day.getByText('The intervals: calls, handle times and roster (48)').click();
  const rows = day.getByTestId('day-slots').locator('tbody tr');
  await expect(rows).toHaveCount(48);
  await expect(rows.first()).toContainText('00:00');
  await expect(rows.first().getByRole('cell').nth(2)).toHaveText('14');
  await expect(rows.first().getByRole('cell').nth(3)).toHaveText('20');
  await expect(day.getByTestId('day-totals')).toHaveText(
    'The day: 4,800 calls; 480 scheduled agent-hours costing 14,400; service level 88.8% (each interval’s weighted by its calls).',
  );
  await expect(
    day.getByRole('heading', { name: /calls and the staff they need across the day/ }),
  ).toBeVisible();

  // A bad cell is explained where it was typed, and the plan keeps the last good value.
  const calls = day.getByRole('textbox', { name: 'Calls at 00:30' });
  await calls.fill('-5');
  await expect(day.getByText('0 – 100000')).toBeVisible();
  await expect(day.getByTestId('day-totals')).toContainText('4,800 calls');
  await calls.fill('200');
  await expect(day.getByTestId('day-totals')).toContainText('4,900 calls');

  // A roster: 20 staff leave 14 on the phones (20 × 0.7).
  await day.getByRole('textbox', { name: 'Staff rostered at 00:00' }).fill('20');
  await expect(day.getByTestId('day-roster-totals')).toContainText(
    'With the roster (1 interval): 10 agent-hours costing 300; service level 88.8%.',
  );

  // Pasted from a spreadsheet: a bad cell is named by line and column, and nothing changes.
  const paste = day.getByRole('textbox', { name: 'Paste from a spreadsheet' });
  await paste.fill('Time\tCalls\tAHT\tStaff\n08:00\t100\n08:30\t50\t\t10\n09:00\tabc');
  await day.getByRole('button', { name: 'Use the pasted numbers' }).click();
  await expect(day.getByTestId('day-problems')).toHaveText('Line 4, column 2: “abc” is not a number.');
  await expect(rows).toHaveCount(48);
  await paste.fill('Time\tCalls\tAHT\tStaff\n08:00\t100\n08:30\t50\t\t10\n09:00\t1,200\t240');
  await day.getByRole('button', { name: 'Use the pasted numbers' }).click();
  await expect(day.getByText('Read 3 intervals.')).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('08:00');
  await expect(day.getByRole('textbox', { name: 'Handle time at 09:00 (s)' })).toHaveValue('240');

  // A CSV file with semicolons and quotes.
  await day.getByTestId('day-file').setInputFiles({
    name: 'forecast.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('time;calls\n10:00;"1,234"\n10:30;80\n11:00;60\n11:30;40\n', 'utf8'),
  });
  await expect(day.getByText('Read 4 intervals from forecast.csv.')).toBeVisible();
  await expect(rows).toHaveCount(4);
  await expect(day.getByRole('textbox', { name: 'Calls at 10:00' })).toHaveValue('1234');

  // Longer intervals keep the day's calls.
  await day.getByRole('combobox', { name: 'Interval length' }).selectOption('60');
  await expect(rows).toHaveCount(2);
  await expect(day.getByRole('textbox', { name: 'Calls at 10:00' })).toHaveValue('1314');

  await waitSaved(page);
  await page.reload();
  await page.getByTestId('day-plan').getByText('The intervals: calls, handle times and roster (2)').click();
  await expect(page.getByTestId('day-slots').locator('tbody tr')).toHaveCount(2);
  await page.getByTestId('day-plan').getByRole('button', { name: 'Remove the day plan' }).click();
  await expect(page.getByTestId('day-slots')).toHaveCount(0);
});
