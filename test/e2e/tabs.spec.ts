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
