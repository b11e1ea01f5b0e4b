import { expect, test } from '@playwright/test';
import { createBlankProject, waitSaved } from './helpers';

// pyworkforce's cases (README; queuing/tests/test_abandonment.py and test_erlang_b.py): 100 calls per 30
// minutes, 3-minute calls, 80% within 20 s, at most 85% occupancy: Erlang C needs 14 agents (20 scheduled
// after 30% shrinkage); with callers who hang up after 5 minutes on average Erlang A needs 13, and at 14
// agents 1.4% hang up (0.013984) and 91.7% are answered in time (0.916792); 10 Erlangs on lines with at
// most 2% blocked need 17 lines.
test('callers who hang up (Erlang A): staffing, hang-ups, lines and the cost of targets near 100%; bad input at the field; reload keeps it', async ({
  page,
}) => {
  await createBlankProject(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Service vs cost', exact: true }).click();
  await page.getByRole('button', { name: '+ Call centre (Erlang C/A)' }).click();
  await expect(page.getByTestId('queue-formula')).toHaveText(
    /Erlang C: callers wait until they are answered/,
  );
  await expect(page.getByTestId('required-agents')).toContainText(
    'Fewest agents for the target: 14 (scheduled after shrinkage: 20)',
  );
  await expect(page.getByTestId('staffing-table').getByRole('columnheader', { name: 'Hang up' })).toHaveCount(
    0,
  );

  // Targets approaching 100%: every nine needs more agents, and the page says why 100% is never reached.
  const high = page.getByTestId('high-targets');
  const rows = high.getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(1)).toContainText('80%');
  await expect(rows.nth(6)).toContainText('99.99%');
  await expect(page.getByTestId('never-100')).toContainText('No number of agents answers 100% within 20 s');

  const abandon = page.getByTestId('abandonment');
  await abandon.getByRole('checkbox', { name: 'Callers hang up when they wait too long' }).check();
  const patience = abandon.getByRole('textbox', { name: 'Mean patience before hanging up (s)' });
  await patience.fill('300');
  await expect(page.getByTestId('queue-formula')).toContainText(
    'Erlang A: callers hang up after 300 s on average. Service level = the share of all offered calls answered within 20 s',
  );
  await expect(page.getByTestId('required-agents')).toContainText(
    'Fewest agents for the target: 13 (scheduled after shrinkage: 19)',
  );
  const staffing = page.getByTestId('staffing-table');
  await expect(staffing.getByRole('columnheader', { name: 'Hang up' })).toBeVisible();
  const fourteen = staffing
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '14', exact: true }) });
  await expect(fourteen).toContainText('91.7%');
  await expect(fourteen).toContainText('1.4%');
  await expect(page.getByText(/Erlang A queueing formula/).first()).toBeVisible();

  // Bad input is explained where it is typed, and nothing is saved from it.
  await patience.fill('0');
  await expect(abandon.getByText('1 – 3600')).toBeVisible();
  await patience.fill('abc');
  await expect(abandon.getByText('Enter a number.')).toBeVisible();
  await patience.fill('300');
  await expect(patience).toHaveAttribute('aria-invalid', 'false');

  // A hang-up limit tighter than the service target binds: more agents.
  await abandon.getByRole('textbox', { name: 'Hang-ups at most (%)' }).fill('0.1');
  await expect(page.getByTestId('required-agents')).not.toContainText('Fewest agents for the target: 13 ');

  // Lines (Erlang B).
  await page.getByRole('textbox', { name: 'Lines: blocked calls at most (%)' }).fill('2');
  await expect(page.getByTestId('lines')).toHaveText(
    '17 lines keep blocked calls at or below 2.0% (Erlang B, 10.00 Erlangs).',
  );

  await waitSaved(page);
  await page.reload();
  await expect(
    page.getByTestId('abandonment').getByRole('textbox', { name: 'Mean patience before hanging up (s)' }),
  ).toHaveValue('300');
  await expect(page.getByTestId('lines')).toContainText('17 lines');
  await page.getByTestId('abandonment').getByRole('checkbox').uncheck();
  await expect(page.getByTestId('queue-formula')).toHaveText(/Erlang C/);
  await expect(page.getByTestId('required-agents')).toContainText('Fewest agents for the target: 14');
});
