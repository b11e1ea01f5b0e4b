import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { createBlankProject, openFresh, waitSaved } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Project sections' });

test('implementation plan: an action with owner, dates, status, objective and lever goes on the timeline; a bad count is explained; deleting keeps focus in the list', async ({
  page,
}) => {
  await createBlankProject(page);
  await nav(page).getByRole('link', { name: 'Implementation plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Implementation plan');
  await expect(
    page.getByText('Give the actions a start and a due date to see them on a timeline.'),
  ).toBeVisible();

  const add = page.getByRole('textbox', { name: 'Add an action' });
  for (const text of ['Train every agent', 'Voice bot for tracking calls', 'Publish on-time rate']) {
    await add.fill(text);
    await add.press('Enter');
  }
  await expect(page.getByTestId('action-row')).toHaveCount(3);
  await page.getByRole('textbox', { name: 'Owner of action 1' }).fill('Head of service');
  await page.getByLabel('Start of action 1').fill('2027-01-04');
  await page.getByLabel('Due date of action 1').fill('2027-03-31');
  await page.getByRole('combobox', { name: 'Status of action 1' }).selectOption({ label: 'In progress' });
  await page.getByRole('combobox', { name: 'Lever action 1 pulls' }).selectOption({ label: 'Train staff' });
  await page.getByLabel('Due date of action 2').fill('2027-02-15');
  // The timeline: a bar for the first action, a milestone for the second; the third has no date.
  const rows = page.getByTestId('timeline-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByRole('img')).toHaveAccessibleName(
    'Train every agent: 2027-01-04 to 2027-03-31, In progress',
  );
  await expect(page.getByText('1 actions without a date are not on the timeline.')).toBeVisible();
  // A due date before the start is shown where it was typed.
  await page.getByLabel('Start of action 2').fill('2027-03-01');
  await expect(page.getByText('Due before it starts')).toBeVisible();

  // Deleting the second action puts focus on the delete button of the one that took its place.
  await page.getByRole('button', { name: 'Delete action 2' }).click();
  await expect(page.getByTestId('action-row')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Delete action 2' })).toBeFocused();

  // Service recovery: a step described; complaints counted by cause; a bad count is refused where typed.
  await page.getByRole('textbox', { name: 'How we Receive' }).fill('Any channel; the first person keeps it');
  const addCause = page.getByRole('textbox', { name: 'Add a cause' });
  for (const cause of ['Late delivery', 'Damaged parcel', 'Rude courier']) {
    await addCause.fill(cause);
    await addCause.press('Enter');
  }
  await page.getByRole('textbox', { name: 'Complaints with cause 1' }).fill('60');
  await page.getByRole('textbox', { name: 'Complaints with cause 2' }).fill('30');
  await page.getByRole('textbox', { name: 'Complaints with cause 3' }).fill('10');
  const bad = page.getByRole('textbox', { name: 'Complaints with cause 3' });
  await bad.fill('ten');
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('A whole number from 0 to 1,000,000,000.')).toBeVisible();
  await bad.fill('10');
  // 60 + 30 = 90% of 100: two causes are the vital few.
  await expect(page.getByRole('heading', { name: '2 of 3 causes give 90% of complaints' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Owner of action 1' })).toHaveValue('Head of service');
  await expect(page.getByRole('combobox', { name: 'Lever action 1 pulls' })).toHaveValue('trainStaff');
  await expect(page.getByRole('textbox', { name: 'Complaints with cause 2' })).toHaveValue('30');
  await expect(page.getByRole('textbox', { name: 'How we Receive' })).toHaveValue(
    'Any channel; the first person keeps it',
  );
});

test('the six-part strategy of the example: every part filled but quality, whose call centres are below target; the philosophy is written there; the report has both sections', async ({
  page,
}) => {
  await openFresh(page);
  await nav(page).getByRole('link', { name: 'Six-part strategy', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The service strategy in six parts');
  const parts = page.getByTestId('strategy-part');
  await expect(parts).toHaveCount(6);
  await expect(parts.nth(4).getByTestId('part-missing')).toHaveText(
    /2 standards are below their target today\. Go to Service vs cost/,
  );
  await expect(page.getByTestId('part-missing')).toHaveCount(1);
  // Clearing the philosophy makes it missing, with the sidebar's step in progress.
  const philosophy = page.getByRole('textbox', { name: 'Our service philosophy' });
  await philosophy.fill('');
  await expect(parts.first().getByTestId('part-missing')).toHaveText('Write the service philosophy (above).');
  await philosophy.fill('Every parcel is a promise.');
  await expect(parts.first().getByTestId('part-missing')).toHaveCount(0);
  // A link goes to where the missing thing is made.
  await parts.nth(4).getByRole('link', { name: 'Go to Service vs cost' }).click();
  await expect(page).toHaveURL(/\/service$/);
  expect(await seriousViolations(page)).toEqual([]);

  await nav(page).getByRole('link', { name: 'Report', exact: true }).click();
  const report = page.getByTestId('report');
  await expect(report).toHaveAttribute('data-complete', 'true');
  await expect(report.getByRole('heading', { name: 'The service strategy in six parts' })).toBeVisible();
  await expect(report.getByText('Every parcel is a promise.')).toBeVisible();
  await expect(report.getByRole('heading', { name: '3 of 7 causes give 80.3% of complaints' })).toBeVisible();
  await expect(report.getByTestId('timeline-row')).toHaveCount(6);
});
