import { expect, test, type Page } from '@playwright/test';
import { addItems, createBlankProject, openFresh, waitSaved } from './helpers';

const names = (page: Page) => page.getByTestId('project-row').locator('.project-name').allTextContents();

test('create, rename, duplicate and delete projects; the list is ordered by last change', async ({
  page,
}) => {
  await createBlankProject(page, 'Tea house');
  await addItems(page, 'Strengths', ['Loyal regulars']);
  await waitSaved(page);
  await page.getByRole('link', { name: 'Projects' }).click();
  expect(await names(page)).toEqual(['Tea house', 'Swift Express (case)']);
  await expect(page.getByTestId('project-row').first().locator('time')).toHaveText(/\d{4}/);

  await page.getByRole('button', { name: 'Duplicate: Tea house' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(3);
  expect(await names(page)).toEqual(['Tea house (copy)', 'Tea house', 'Swift Express (case)']);

  // Renaming to nothing is refused at the field.
  await page.getByRole('button', { name: 'Rename: Swift Express (case)' }).click();
  const field = page.getByRole('textbox', { name: 'New name for “Swift Express (case)”' });
  await field.fill('  ');
  await expect(page.getByRole('alert')).toHaveText('A project needs a name.');
  await field.fill('Express case');
  await field.press('Enter');
  await expect(page.getByTestId('project-row').first().locator('.project-name')).toHaveText('Express case');

  // Delete asks first; cancelling keeps the project.
  await page.getByRole('button', { name: 'Delete: Tea house (copy)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Tea house (copy)”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete: Tea house (copy)' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(2);

  await page.reload();
  await expect(page.getByTestId('project-row')).toHaveCount(2);
  expect(await names(page)).toEqual(['Express case', 'Tea house']);

  // The duplicate is independent: opening the original shows its own item.
  await page
    .getByTestId('project-row')
    .filter({ hasText: 'Tea house' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(page.getByRole('textbox', { name: 'S1 text' })).toHaveValue('Loyal regulars');
});

test('an unknown project link says so and offers the way back', async ({ page }) => {
  await openFresh(page);
  await page.goto('/#/p/no-such-project/swot');
  await expect(page.getByRole('alert')).toHaveText(/not in this browser/);
  await page.getByRole('link', { name: 'Back to the projects' }).click();
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
});

test('saves within half a second of a change', async ({ page }) => {
  await createBlankProject(page);
  await addItems(page, 'Weaknesses', ['Slow refunds']);
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'W1 text' })).toHaveValue('Slow refunds');
});

test('switching projects straight after an edit keeps the edit', async ({ page }) => {
  await createBlankProject(page, 'Quick switch');
  const add = page.getByRole('textbox', { name: 'New item in Strengths' });
  await add.fill('Typed just before leaving');
  await add.press('Enter');
  await page.getByRole('link', { name: 'Projects' }).click();
  await page
    .getByTestId('project-row')
    .filter({ hasText: 'Swift Express' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(page.locator('.project-title')).toHaveText('Swift Express (case)');
  await page.getByRole('link', { name: 'Projects' }).click();
  await page
    .getByTestId('project-row')
    .filter({ hasText: 'Quick switch' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(page.getByRole('textbox', { name: 'S1 text' })).toHaveValue('Typed just before leaving');
});

test('a new project asks for its name first: an empty name is explained, Escape takes the question back', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'New blank project' }).click();
  const name = page.getByRole('textbox', { name: 'Name of the new project' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Untitled project');
  await page.keyboard.press('Escape');
  await expect(name).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New blank project' })).toBeFocused();

  await page.keyboard.press('Enter');
  // Typing replaces the offered name (it is selected); an empty one is refused where it was typed.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'A project needs a name.' })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('Café chain case (group 3)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'SWOT analysis' })).toBeVisible();
  await expect(page.locator('.project-title')).toHaveText('Café chain case (group 3)');
});
