import { expect, test } from '@playwright/test';
import { addItems, createBlankProject, itemTexts, waitSaved } from './helpers';

test('a change saved in one tab appears in another tab on the same project', async ({ page }) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['First']);
  await waitSaved(page);
  const other = await page.context().newPage();
  await other.goto(page.url());
  expect(await itemTexts(other, 'Strengths')).toEqual(['First']);
  await addItems(page, 'Strengths', ['From tab one']);
  await waitSaved(page);
  await expect.poll(() => itemTexts(other, 'Strengths')).toEqual(['First', 'From tab one']);
});

test('when two tabs edit one project at once, the second save is stopped and the user chooses', async ({
  page,
}) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['First']);
  await waitSaved(page);
  // This tab does not hear the other's saves (as when both write within the same instant).
  const deaf = await page.context().newPage();
  await deaf.addInitScript(() => {
    (window as unknown as { BroadcastChannel: unknown }).BroadcastChannel = class {
      postMessage() {}
      close() {}
    };
  });
  await deaf.goto(page.url());
  expect(await itemTexts(deaf, 'Strengths')).toEqual(['First']);

  await addItems(page, 'Weaknesses', ['Saved by tab one']);
  await waitSaved(page);
  await addItems(deaf, 'Threats', ['Typed in tab two']);
  const conflict = deaf.getByTestId('save-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('changed in another tab');

  // Tab one's work is still what is stored.
  await page.reload();
  expect(await itemTexts(page, 'Weaknesses')).toEqual(['Saved by tab one']);
  expect(await itemTexts(page, 'Threats')).toEqual([]);

  // Tab two keeps its version as a copy; both versions now exist.
  await conflict.getByRole('button', { name: 'Keep this tab’s version as a copy' }).click();
  await expect(deaf.locator('.project-title')).toHaveText('Untitled project (copy)');
  expect(await itemTexts(deaf, 'Threats')).toEqual(['Typed in tab two']);
  await expect(conflict).toBeHidden();
});

test('a project deleted in another tab is named as deleted, not as changed, and can be saved again', async ({
  page,
}) => {
  await createBlankProject(page, 'Kept here');
  await addItems(page, 'Strengths', ['Typed in tab one']);
  await waitSaved(page);
  const other = await page.context().newPage();
  await other.goto('/');
  await other.getByRole('link', { name: 'Projects' }).click();
  await other.getByRole('button', { name: 'Delete: Kept here' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();

  const banner = page.getByTestId('save-deleted');
  await expect(banner).toContainText('This project was deleted in another tab');
  await expect(page.getByTestId('save-conflict')).toHaveCount(0);
  await banner.getByRole('button', { name: 'Save it again' }).click();
  await expect(banner).toBeHidden();
  await waitSaved(page);
  await other.reload();
  await expect(other.getByTestId('project-row').filter({ hasText: 'Kept here' })).toBeVisible();
});

test('a renamed project in the library does not make the tab that has it open report a conflict', async ({
  page,
}) => {
  await createBlankProject(page, 'Before');
  await waitSaved(page);
  const other = await page.context().newPage();
  await other.goto('/');
  await other.getByRole('link', { name: 'Projects' }).click();
  await other.getByRole('button', { name: 'Rename: Before' }).click();
  await other.getByRole('textbox', { name: 'New name for “Before”' }).fill('After');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.project-title')).toHaveText('After');
  await addItems(page, 'Strengths', ['Typed after the rename']);
  await waitSaved(page);
  await expect(page.getByTestId('save-conflict')).toHaveCount(0);
});

test('clearing the site data while a project is open is said at once, not shown as saved', async ({
  page,
}) => {
  await createBlankProject(page, 'Cleared');
  await addItems(page, 'Strengths', ['Typed before clearing']);
  await waitSaved(page);
  const other = await page.context().newPage();
  await other.goto('/');
  // What "Clear site data" does to the database; the open tab must let go of it and say so.
  const outcome = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('service-strategy-workbench');
        request.onsuccess = () => resolve('deleted');
        request.onblocked = () => setTimeout(() => resolve('blocked'), 3000);
      }),
  );
  expect(outcome).toBe('deleted');
  await expect(page.getByTestId('save-deleted')).toBeVisible();
  await page.getByTestId('save-deleted').getByRole('button', { name: 'Save it again' }).click();
  await waitSaved(page);
  await page.reload();
  expect(await itemTexts(page, 'Strengths')).toEqual(['Typed before clearing']);
});
