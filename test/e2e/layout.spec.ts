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
      await expect(page.locator(`nav a[aria-current="page"][href$="/${name}"]`)).toBeAttached();
      await expect(page.locator('main h1').first()).toBeVisible();
      // Charts measure their box after a frame; give them one.
      await page.waitForTimeout(300);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) wide.push(`${name}: ${scroll} px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

test('on a phone the course steps open from the menu with the current page marked, and close on Escape or a link', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL(/#\/p\//);
  await page.goto(page.url().replace(/\/[^/]*$/, '/report'));
  const nav = page.getByRole('navigation', { name: 'Project sections' });
  const menu = page.getByRole('button', { name: 'Steps' });
  // Closed, the steps take no room: the page starts under the header.
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(nav).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  // Focus goes to the current page's link, inside the drawer.
  await expect(nav.locator('a[aria-current="page"]')).toBeFocused();
  await expect(nav.locator('a[aria-current="page"]')).toHaveText('Report');
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  // The menu button closes what it opened (from the keyboard: focus leaving for it must not reopen it);
  // a tap beside the drawer closes it too.
  await menu.click();
  await expect(nav).toBeVisible();
  await menu.focus();
  await expect(nav).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(nav).toBeVisible();
  await page.mouse.click(370, 600);
  await expect(nav).toBeHidden();
  await menu.click();
  await nav.getByRole('link', { name: 'SWOT', exact: true }).click();
  await expect(page).toHaveURL(/\/swot$/);
  await expect(nav).toBeHidden();
  // The header is at most two rows: brand, project and menu; then the tools.
  const header = (await page.locator('header.app-header').boundingBox())!;
  expect(header.height).toBeLessThan(140);
  await context.close();
});

test('at 1280×720 the header is one row however long the project’s name: the name gives way, not the tools', async ({
  browser,
}) => {
  for (const locale of ['en-GB', 'zh-CN']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/#\/p\//);
    const brand = (await page.locator('header.app-header .brand').boundingBox())!;
    // A name of 200 characters (the longest the schema allows) in English, 80 in Chinese, typed in the library.
    await page
      .getByRole('link', { name: locale === 'en-GB' ? 'Projects' : '项目', exact: true })
      .first()
      .click();
    await page
      .getByTestId('project-row')
      .first()
      .getByRole('button', { name: locale === 'en-GB' ? /^Rename/ : /^重命名/ })
      .click();
    const field = page.getByRole('textbox', { name: /New name|新名称/ });
    await field.fill((locale === 'en-GB' ? 'A very long project name ' : '一个非常长的项目名称').repeat(8));
    await field.press('Enter');
    await page.getByTestId('project-row').first().getByRole('link').first().click();
    await expect(page.locator('main h1').first()).toBeVisible();
    const header = (await page.locator('header.app-header').boundingBox())!;
    const tools = (await page.locator('header.app-header .header-tools').boundingBox())!;
    expect(Math.abs(tools.y + tools.height / 2 - (brand.y + brand.height / 2)), locale).toBeLessThan(4);
    expect(header.height, locale).toBeLessThan(60);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), locale).toBeLessThanOrEqual(1280);
    await context.close();
  }
});
