import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

test('keyboard: Alt+Shift+arrows jump between SWOT quadrants; a delete keeps focus in the list; menus close on Escape and when focus leaves', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('textbox', { name: 'S1 text' }).focus();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(page.getByRole('textbox', { name: 'W1 text' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(page.getByRole('textbox', { name: 'O1 text' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(page.getByRole('textbox', { name: 'T1 text' })).toBeFocused();

  // Deleting S2 from the keyboard: focus goes to the delete button of the item that took its place.
  const s3 = await page.getByRole('textbox', { name: 'S3 text' }).inputValue();
  await page.getByRole('button', { name: 'Delete S2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'S2 text' })).toHaveValue(s3);
  await expect(page.getByRole('button', { name: 'Delete S2' })).toBeFocused();

  // The ⇄ menu: Escape closes it and returns to its button; Tab past its last item closes it.
  const menu = page.locator('details.menu').first();
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move up' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(menu.locator('summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
  await expect(menu).not.toHaveAttribute('open', '');
});
