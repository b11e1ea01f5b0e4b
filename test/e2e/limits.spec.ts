import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { itemCount, itemTexts, openFresh, quadrant, waitSaved } from './helpers';

const at = '2026-12-01T10:00:00.000Z';
const item = (id: string, text: string) => ({ id, text, source: null, note: '', weight: null, rating: null });

/** A valid project file of the current schema with the given SWOT items and scores. */
function projectFile(
  id: string,
  name: string,
  swot: Record<string, unknown[]>,
  scores: Record<string, number> = {},
) {
  const base = JSON.parse(readFileSync('test/fixtures/project-v4.json', 'utf8'));
  return {
    ...base,
    id,
    name,
    createdAt: at,
    updatedAt: at,
    swot: { strengths: [], weaknesses: [], opportunities: [], threats: [], ...swot },
    tows: { SO: [], ST: [], WO: [], WT: [] },
    strategy: {
      ...base.strategy,
      alternatives: base.strategy.alternatives.map((a: object, i: number) => ({
        ...a,
        scores: i === 0 ? scores : {},
      })),
    },
  };
}

async function importFile(page: Page, file: object, fileName: string): Promise<void> {
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByTestId('import-input').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
}

test('a full quadrant refuses a 201st item where it is typed, and the project still opens after a reload', async ({
  page,
}) => {
  await openFresh(page);
  const strengths = Array.from({ length: 200 }, (_, i) => item(`s${i}`, `Strength ${i + 1}`));
  await importFile(page, projectFile('full-quadrant', 'Full quadrant', { strengths }), 'full.json');
  await expect(page.locator('.project-title')).toHaveText('Full quadrant');
  const field = page.getByRole('textbox', { name: 'New item in Strengths' });
  await expect(field).toHaveAttribute('readonly', '');
  await expect(quadrant(page, 'Strengths').getByTestId('list-full')).toHaveText(
    'This quadrant is full: it holds at most 200 items. Delete or merge items to add more.',
  );
  await field.focus();
  await page.keyboard.type('One too many');
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  expect(await itemCount(page, 'Strengths')).toBe(200);
  // Other quadrants still take items, and the project saves and reopens whole.
  const threats = page.getByRole('textbox', { name: 'New item in Threats' });
  await threats.fill('Still room here');
  await threats.press('Enter');
  await waitSaved(page);
  await page.reload();
  expect(await itemCount(page, 'Strengths')).toBe(200);
  expect(await itemTexts(page, 'Threats')).toEqual(['Still room here']);
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByTestId('project-row').filter({ hasText: 'Full quadrant' })).toBeVisible();
});

test('a project with 300 scored key factors imports, saves and reloads (the loader allowed only 200 keys)', async ({
  page,
}) => {
  await openFresh(page);
  const strengths = Array.from({ length: 150 }, (_, i) => item(`s${i}`, `S ${i}`));
  const opportunities = Array.from({ length: 150 }, (_, i) => item(`o${i}`, `O ${i}`));
  const scores = Object.fromEntries([...strengths, ...opportunities].map((it) => [it.id, 3]));
  await importFile(
    page,
    projectFile('many-scores', 'Many scores', { strengths, opportunities }, scores),
    'm.json',
  );
  await expect(page.locator('.project-title')).toHaveText('Many scores');
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('.project-title')).toHaveText('Many scores');
  expect(await itemCount(page, 'Opportunities')).toBe(150);
});

test('a stored project that cannot be read is listed with its problems, downloadable and deleted only on confirmation', async ({
  page,
}) => {
  await openFresh(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('service-strategy-workbench');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(
            {
              rev: 3,
              savedAt: '2026-11-30T09:00:00.000Z',
              project: { schemaVersion: 4, id: 'x', name: 'Broken plan', swot: 7 },
            },
            'project:broken-plan',
          );
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.getByRole('link', { name: 'Projects' }).click();
  const row = page.getByTestId('unreadable-project');
  await expect(row).toContainText('Broken plan');
  await expect(row.locator('.problems li').first()).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: 'Download “Broken plan” as JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Broken plan.json');
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual({
    schemaVersion: 4,
    id: 'x',
    name: 'Broken plan',
    swot: 7,
  });

  await row.getByRole('button', { name: 'Delete “Broken plan”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the unreadable project “Broken plan”?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByTestId('unreadable-project')).toContainText('Broken plan');
  await page.getByTestId('unreadable-project').getByRole('button', { name: 'Delete “Broken plan”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('unreadable-project')).toHaveCount(0);
});

test('a full model list disables the add buttons and says why', async ({ page }) => {
  await openFresh(page);
  const base = projectFile('many-models', 'Many models', {});
  const model = base.serviceModels.find((m: { kind: string }) => m.kind === 'generic');
  const serviceModels = Array.from({ length: 59 }, (_, i) => ({
    ...model,
    id: `m${i}`,
    name: `Model ${i + 1}`,
    baselineId: null,
  }));
  await importFile(page, { ...base, serviceModels }, 'models.json');
  await expect(page.locator('.project-title')).toHaveText('Many models');
  await page.getByRole('link', { name: 'Service vs cost' }).click();
  const add = page.getByRole('button', { name: '+ Generic curves' });
  await expect(add).toBeEnabled();
  await add.click();
  await expect(add).toBeDisabled();
  await expect(page.getByTestId('list-full').first()).toHaveText(
    'A project holds at most 60 models and scenarios. Delete one to add another.',
  );
  await expect(add).toHaveAccessibleDescription(/at most 60 models/);
  await expect(page.getByRole('button', { name: 'Copy as scenario' })).toBeDisabled();
});
