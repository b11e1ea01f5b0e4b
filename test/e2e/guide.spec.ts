import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

test('each page’s guide says what belongs there and the common mistakes; closed, it stays closed on that page only', async ({
  page,
}) => {
  await openFresh(page);
  const guide = page.getByTestId('guide');
  await expect(guide).toHaveAttribute('open', '');
  await expect(guide).toContainText('strengths and weaknesses together sum to 1.00');
  await guide.getByText('Guide: what belongs here, common mistakes').click();
  await expect(guide).not.toHaveAttribute('open', '');
  await page.reload();
  await expect(page.getByTestId('guide')).not.toHaveAttribute('open', '');

  // Another page keeps its own guide open, in the user's language.
  await page
    .getByRole('navigation', { name: 'Project sections' })
    .getByRole('link', { name: 'IFE / EFE' })
    .click();
  await expect(page.getByTestId('guide')).toHaveAttribute('open', '');
  await expect(page.getByTestId('guide')).toContainText('Rating a strength 1 or 2');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByTestId('guide')).toContainText('给优势评 1 或 2 分');
});

test('on a phone the guide starts closed and opens on a tap', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openFresh(page);
  const guide = page.getByTestId('guide');
  await expect(guide).not.toHaveAttribute('open', '');
  await guide.getByText('Guide: what belongs here, common mistakes').click();
  await expect(guide).toContainText('strengths and weaknesses together sum to 1.00');
  await context.close();
});
