import { expect, type Page } from '@playwright/test';

/** Opens the app on a fresh profile and waits for the example project that is seeded on first start. */
export async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /SWOT/ })).toBeVisible();
}

/** Creates a blank project from the library and lands on its SWOT page. */
export async function createBlankProject(page: Page, name?: string): Promise<void> {
  await openFresh(page);
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'New blank project' }).click();
  // The name is asked first, "Untitled project" offered.
  if (name) await page.getByRole('textbox', { name: 'Name of the new project' }).fill(name);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'SWOT analysis' })).toBeVisible();
}

export function quadrant(page: Page, name: 'Strengths' | 'Weaknesses' | 'Opportunities' | 'Threats') {
  return page.getByRole('region', { name });
}

/** Adds items to a quadrant by typing each and pressing Enter, as a user would. */
export async function addItems(
  page: Page,
  name: Parameters<typeof quadrant>[1],
  texts: string[],
): Promise<void> {
  const field = page.getByRole('textbox', { name: `New item in ${name}` });
  for (const text of texts) {
    await field.fill(text);
    await field.press('Enter');
  }
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', /saved|idle/);
}

/** The texts of a quadrant's items, in order. */
/**
 * How many items a quadrant holds, as its header says; a quadrant longer than the window renders only the rows
 * near the screen, and each rendered row says the quadrant's length (aria-setsize).
 */
export async function itemCount(page: Page, name: Parameters<typeof quadrant>[1]): Promise<number> {
  const header = quadrant(page, name).locator('.quadrant-header .muted');
  const count = Number(/\d+/.exec((await header.textContent()) ?? '')?.[0]);
  const rows = quadrant(page, name).getByTestId('swot-item');
  const setSize = await rows.first().getAttribute('aria-setsize');
  if (setSize !== null) expect(Number(setSize)).toBe(count);
  else expect(await rows.count()).toBe(count);
  return count;
}

export async function itemTexts(page: Page, name: Parameters<typeof quadrant>[1]): Promise<string[]> {
  await expect(quadrant(page, name)).toBeVisible();
  return quadrant(page, name)
    .getByTestId('swot-item')
    .locator('.item-text')
    .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
}

/** Every record IndexedDB holds for the app, to compare before and after an action that must change nothing. */
export async function storedProjects(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('service-strategy-workbench');
        open.onsuccess = () => {
          const request = open.result.transaction('kv').objectStore('kv').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * Lifts an item with the keyboard (Space on its handle) and waits until dnd-kit has measured where it can go:
 * it measures the drop targets in renders after the lift, and an arrow key that comes before them does not
 * move the item (on a loaded CI machine the test's next key came first).
 */
export async function liftWithKeyboard(page: Page, live: ReturnType<Page['locator']>, announced: string) {
  await page.keyboard.press('Space');
  await expect(live).toHaveText(announced);
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100))),
      ),
  );
}
