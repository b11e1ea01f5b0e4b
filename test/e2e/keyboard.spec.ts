import { expect, test, type Page } from '@playwright/test';
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

test('deleting a PEST(EL) factor or the last complaint cause leaves focus in its list', async ({ page }) => {
  await openFresh(page);
  await page
    .getByRole('navigation', { name: 'Project sections' })
    .getByRole('link', { name: 'PEST(EL)' })
    .click();
  await expect(page.getByTestId('pestel-factor').first()).toBeVisible();
  // A category with two factors or more: deleting its first leaves focus on the next one's delete button.
  const cards = page.locator('.pestel-card');
  let card = cards.first();
  for (let i = 0; i < (await cards.count()); i += 1)
    if ((await cards.nth(i).getByTestId('pestel-factor').count()) >= 2) {
      card = cards.nth(i);
      break;
    }
  const factors = card.getByTestId('pestel-factor');
  const before = await factors.count();
  await factors
    .first()
    .getByRole('button', { name: /^Delete / })
    .click();
  await expect(factors).toHaveCount(before - 1);
  await expect(factors.first().getByRole('button', { name: /^Delete / })).toBeFocused();

  // The last row gone, focus goes to the list's add field.
  await page
    .getByRole('navigation', { name: 'Project sections' })
    .getByRole('link', { name: 'Implementation plan' })
    .click();
  const causes = page.getByTestId('cause-row');
  // Count only once the page has drawn them (an early count of 0 skipped the loop).
  await expect(causes.first()).toBeVisible();
  while ((await causes.count()) > 1) await causes.last().getByRole('button').click();
  await causes.first().getByRole('button').click();
  await expect(causes).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Add a cause' })).toBeFocused();
});

// Issue 16, part 7: a delete from the keyboard leaves focus on the next row's delete button in every list.
test('deleting a segment, a satisfaction attribute, a competitor, a value factor, a CPM factor or a strategy alternative keeps focus in its list', async ({
  page,
}) => {
  await openFresh(page);
  const nav = page.getByRole('navigation', { name: 'Project sections' });
  const deleteFirst = async (rows: ReturnType<Page['locator']>) => {
    await expect(rows.first()).toBeVisible();
    const before = await rows.count();
    expect(before).toBeGreaterThan(1);
    const remove = rows.first().getByRole('button', { name: /^Remove / });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(before - 1);
    await expect(rows.first().getByRole('button', { name: /^Remove / })).toBeFocused();
  };
  await nav.getByRole('link', { name: 'Customers' }).click();
  await deleteFirst(page.getByTestId('segment-row'));
  await deleteFirst(page.getByTestId('attribute-row'));
  await nav.getByRole('link', { name: 'Positioning' }).click();
  await deleteFirst(page.getByTestId('competitor'));
  await deleteFirst(page.getByTestId('value-table').locator('tbody tr[data-removable]'));
  await deleteFirst(page.getByTestId('cpm-table').locator('tbody tr[data-removable]'));
  await nav.getByRole('link', { name: 'Strategy choice' }).click();
  await deleteFirst(page.getByTestId('alternative'));
});
