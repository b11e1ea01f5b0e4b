import { expect, test } from '@playwright/test';
import { PROJECT_PAGES } from '../../src/app/route';

// Every page of a project but the workshop's own (the room and the projector are tested in workshop*.spec).
const PAGES = PROJECT_PAGES.filter((page) => page !== 'workshop' && page !== 'present');

/**
 * No page of the example scrolls sideways: wide tables scroll inside their own box, and grids give up a
 * column before they push the page wider. At a laptop's 1280×720, at 150% zoom (853×480 CSS pixels) and on
 * a phone (390×800), in both languages.
 */
for (const [width, height, locale] of [
  [1280, 720, 'en-GB'],
  [853, 480, 'zh-CN'],
  [390, 800, 'en-GB'],
  [390, 800, 'zh-CN'],
] as const)
  test(`no page is wider than a ${width}×${height} window (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height }, locale });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/#\/p\//);
    const base = page.url().replace(/\/[^/]*$/, '');
    const wide: string[] = [];
    for (const name of PAGES) {
      await page.goto(`${base}/${name}`);
      // A route change is a transition: the previous page stays until this one has rendered.
      await expect(page.locator(`header a[aria-current="page"][href$="/${name}"]`)).toBeVisible();
      await expect(page.locator('main h1').first()).toBeVisible();
      // Charts measure their box after a frame; give them one.
      await page.waitForTimeout(300);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) wide.push(`${name}: ${scroll} px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

test('on a phone the sections scroll sideways in one row, and the current one is in view', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL(/#\/p\//);
  const nav = page.getByRole('navigation', { name: 'Project sections' });
  // Reached by its address (a click would scroll the link into view by itself).
  await page.goto(page.url().replace(/\/[^/]*$/, '/report'));
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toHaveText('Report');
  const box = (await nav.boundingBox())!;
  const link = (await current.boundingBox())!;
  expect(link.x).toBeGreaterThanOrEqual(box.x);
  expect(link.x + link.width).toBeLessThanOrEqual(box.x + box.width + 1);
  // One row: the first and the last section share a line.
  const first = (await nav.getByRole('link', { name: 'PEST(EL)' }).boundingBox())!;
  expect(Math.abs(first.y - link.y)).toBeLessThan(4);
  await context.close();
});
