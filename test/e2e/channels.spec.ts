import { expect, test } from '@playwright/test';
import { createBlankProject, waitSaved } from './helpers';

// The new channel mix starts from pyworkforce's textbook centre (100 contacts per 30 minutes, 30 an agent-hour,
// 30% shrinkage): 70% phone (3 min, 80% in 20 s), 20% chat (8 min, two at once, 80% in 60 s), 10% e-mail
// (5 min, within 4 hours). Moving a fifth of the contacts from the phone to a bot that resolves half of them
// lowers the cost and raises the share served in time: "raise service while lowering cost" (unit-tested in
// test/domain/service-cost/channels.test.ts with 400 contacts: 975 → 925, 80.5% → 83.5%).
test('a channel mix: each channel staffed and costed, shares that must add to 100%, and a bot scenario named as a cost–service move', async ({
  page,
}) => {
  await createBlankProject(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Service vs cost', exact: true }).click();
  await page.getByRole('button', { name: '+ Channel mix (phone, chat, e-mail, self-service)' }).click();
  const table = page.getByTestId('channels-table');
  // 70 calls in 30 minutes at 3 minutes: 10 agents, 15 scheduled, 15 × 30 × ½ = 225; 20 chats of 8 minutes,
  // two at a time: 4 agents (8 servers); 10 e-mails: 2 agents.
  await expect(table.getByRole('row', { name: /^Phone 70 10 15 \d+\.\d% 225 / })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Chat 20 4 6 / })).toBeVisible();
  await expect(table.getByRole('row', { name: /^E-mail 10 2 3 100\.0% 45 / })).toBeVisible();
  await expect(table.getByRole('row', { name: /^All channels 100 16 24 / })).toBeVisible();
  await expect(page.getByTestId('shares-sum')).toHaveText('Shares add up to 100.0%');

  // Shares that do not add up are said at the fields and at the model; nothing is drawn from them.
  const phoneShare = page.getByRole('textbox', { name: 'Phone: share of contacts (%)' });
  await phoneShare.fill('50');
  await expect(page.getByTestId('shares-sum')).toHaveText(
    'Shares add up to 80.0%: they must add up to 100%.',
  );
  await expect(page.getByTestId('model-problem')).toContainText('add up to 80%');
  await phoneShare.fill('70');
  await expect(page.getByTestId('model-problem')).toHaveCount(0);

  await page.getByRole('button', { name: 'Copy as scenario' }).click();
  await page.getByRole('textbox', { name: 'Phone: share of contacts (%)' }).fill('50');
  await page.getByRole('textbox', { name: 'Self-service / bot: share of contacts (%)' }).fill('20');
  await expect(page.getByTestId('shares-sum')).toHaveText('Shares add up to 100.0%');
  const moves = page.getByTestId('scenario-table').getByTestId('scenario-move');
  await expect(moves).toHaveText(['Baseline', 'Raise service while lowering cost']);

  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Models' }).getByRole('button')).toHaveCount(2);
});
