import { expect, test } from '@playwright/test';
import { addItems, createBlankProject, itemTexts, liftWithKeyboard, quadrant, waitSaved } from './helpers';

test('a fresh browser opens with the example project on the SWOT canvas', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'SWOT analysis' })).toBeVisible();
  await expect(page.locator('.project-title')).toHaveText('Swift Express (case)');
  expect(await itemTexts(page, 'Strengths')).toHaveLength(5);
  await page.getByRole('link', { name: 'TOWS matrix' }).click();
  await expect(page.getByTestId('tows-links').first()).toHaveText('(S1, S3, O2)');
});

test('fill a SWOT, reload, and find everything as it was', async ({ page }) => {
  await createBlankProject(page);
  await expect(quadrant(page, 'Strengths').getByText(/trained service team/)).toBeVisible();
  await addItems(page, 'Strengths', ['Friendly, trained staff', 'Dense outlet network']);
  await addItems(page, 'Weaknesses', ['Long queues at peak']);
  await addItems(page, 'Opportunities', ['Delivery apps growing']);
  await addItems(page, 'Threats', ['Rising rents']);
  await page.getByRole('textbox', { name: 'S1 weight (0–1)' }).fill('0.2');
  await page.getByRole('combobox', { name: 'S1 rating (1–4)' }).selectOption('4');
  await page
    .getByRole('textbox', { name: 'W1 note or evidence' })
    .fill('Mystery shopper, May: 18 min average');
  await page.getByRole('textbox', { name: 'S2 text' }).fill('Dense outlet network in tier-1 cities');
  await waitSaved(page);
  await page.reload();
  expect(await itemTexts(page, 'Strengths')).toEqual([
    'Friendly, trained staff',
    'Dense outlet network in tier-1 cities',
  ]);
  expect(await itemTexts(page, 'Weaknesses')).toEqual(['Long queues at peak']);
  expect(await itemTexts(page, 'Opportunities')).toEqual(['Delivery apps growing']);
  expect(await itemTexts(page, 'Threats')).toEqual(['Rising rents']);
  await expect(page.getByRole('textbox', { name: 'S1 weight (0–1)' })).toHaveValue('0.2');
  await expect(page.getByRole('combobox', { name: 'S1 rating (1–4)' })).toHaveValue('4');
  await expect(page.getByRole('textbox', { name: 'W1 note or evidence' })).toHaveValue(
    'Mystery shopper, May: 18 min average',
  );
});

test('a bad weight is explained at the field and not saved', async ({ page }) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['Brand']);
  const weight = page.getByRole('textbox', { name: 'S1 weight (0–1)' });
  await weight.fill('0.3');
  await weight.fill('1.7');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(quadrant(page, 'Strengths').getByRole('alert')).toHaveText(
    'Enter a weight from 0 to 1, e.g. 0.15 (or 15%).',
  );
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'S1 weight (0–1)' })).toHaveValue('0.3');
});

test('Enter in an item adds the next one; columns can be hidden', async ({ page }) => {
  await createBlankProject(page);
  await addItems(page, 'Threats', ['New entrants']);
  await page.getByRole('textbox', { name: 'T1 text' }).press('End');
  await page.getByRole('textbox', { name: 'T1 text' }).press('Enter');
  await page.keyboard.type('Price war');
  expect(await itemTexts(page, 'Threats')).toEqual(['New entrants', 'Price war']);
  await page.getByRole('checkbox', { name: 'Weight' }).uncheck();
  await expect(page.getByRole('textbox', { name: 'T1 weight (0–1)' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Weight' })).not.toBeChecked();
  await expect(page.getByRole('textbox', { name: 'T1 weight (0–1)' })).toHaveCount(0);
});

test('undo and redo by keyboard and by buttons, one step per action', async ({ page }) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['Brand']);
  const text = page.getByRole('textbox', { name: 'S1 text' });
  await text.click();
  await text.press('End');
  await page.keyboard.type(' and loyalty');
  await expect(text).toHaveValue('Brand and loyalty');
  await page.keyboard.press('Control+z');
  await expect(text).toHaveValue('Brand');
  await page.keyboard.press('Control+Shift+z');
  await expect(text).toHaveValue('Brand and loyalty');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await itemTexts(page, 'Strengths')).toEqual([]);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.getByRole('button', { name: 'Redo' }).click();
  expect(await itemTexts(page, 'Strengths')).toEqual(['Brand']);
  await page.getByRole('button', { name: 'Delete S1' }).click();
  expect(await itemTexts(page, 'Strengths')).toEqual([]);
  await page.keyboard.press('Control+z');
  expect(await itemTexts(page, 'Strengths')).toEqual(['Brand']);
  await waitSaved(page);
  await page.reload();
  expect(await itemTexts(page, 'Strengths')).toEqual(['Brand']);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('move items with the keyboard: reorder with Alt+arrows, to another quadrant with the menu', async ({
  page,
}) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['A', 'B', 'C']);
  await page.getByRole('textbox', { name: 'S3 text' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await itemTexts(page, 'Strengths')).toEqual(['A', 'C', 'B']);
  await expect(page.getByRole('textbox', { name: 'S2 text' })).toBeFocused();

  // Tab from the text to the weight, rating and the move menu, then choose a quadrant with the keyboard.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('summary[aria-label="Move S2"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Move to Threats' }).focus();
  await page.keyboard.press('Enter');
  expect(await itemTexts(page, 'Strengths')).toEqual(['A', 'B']);
  expect(await itemTexts(page, 'Threats')).toEqual(['C']);
  await expect(page.getByRole('textbox', { name: 'T1 text' })).toBeFocused();
});

test('drag an item into another quadrant with the mouse', async ({ page }) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['Stays', 'Moves']);
  await addItems(page, 'Opportunities', ['First']);
  const handle = page.getByRole('button', { name: /^Move S2 \(drag/ });
  const target = quadrant(page, 'Opportunities').getByTestId('swot-item').first();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 5, { steps: 15 });
  await page.mouse.up();
  expect(await itemTexts(page, 'Strengths')).toEqual(['Stays']);
  expect(await itemTexts(page, 'Opportunities')).toContain('Moves');
});

test('reorder with the drag handle and the keyboard alone (Space, arrows, Space)', async ({ page }) => {
  await createBlankProject(page);
  await addItems(page, 'Weaknesses', ['First', 'Second', 'Third']);
  const handle = page.getByRole('button', { name: /^Move W1 \(drag/ });
  const live = page.locator('[aria-live]').filter({ hasText: 'W1' });
  await handle.focus();
  await liftWithKeyboard(page, live, 'W1 is over W1 in Weaknesses.');
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('W1 is over W2 in Weaknesses.');
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('W1 is over W3 in Weaknesses.');
  await page.keyboard.press('Space');
  await expect.poll(() => itemTexts(page, 'Weaknesses')).toEqual(['Second', 'Third', 'First']);
  await expect(live).toHaveText('Dropped W1 in Weaknesses.');
});

test('keys typed straight after Enter land in the new item, even when the next frame comes late', async ({
  page,
}) => {
  await createBlankProject(page);
  await addItems(page, 'Threats', ['New entrants']);
  // A busy machine: the next animation frame comes half a second late.
  await page.evaluate(() => {
    window.requestAnimationFrame = (callback) => window.setTimeout(() => callback(performance.now()), 500);
  });
  await page.getByRole('textbox', { name: 'T1 text' }).press('Enter');
  await page.keyboard.type('Price war');
  expect(await itemTexts(page, 'Threats')).toEqual(['New entrants', 'Price war']);
});
