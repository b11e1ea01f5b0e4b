import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { openFresh } from './helpers';

test('presentation mode pages through the agenda and the project’s charts by keyboard, fills the screen and leaves with Esc', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByRole('link', { name: 'Present' }).click();
  const slide = page.getByTestId('slide');
  const number = page.getByTestId('slide-number');
  // The example has every analysis: the agenda, then PEST(EL), forces, SWOT, IE, QSPM and positioning.
  await expect(number).toHaveText('Slide 1 of 7');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText('Swift Express (case)');
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(slide.getByRole('listitem')).toHaveText([
    /Macro-environment/,
    /Five forces/,
    'SWOT analysis',
    /Internal–external/,
    /total attractiveness/,
    /Price–quality positioning/,
  ]);

  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expect(number).toHaveText('Slide 2 of 7');
  await expect(slide.getByRole('heading', { level: 1 })).toContainText('Macro-environment');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText('SWOT analysis');
  await expect(slide.getByRole('region', { name: 'Strengths' })).toContainText('S1');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('PageUp');
  await expect(number).toHaveText('Slide 3 of 7');
  await page.keyboard.press('End');
  await expect(number).toHaveText('Slide 7 of 7');
  await page.keyboard.press('ArrowRight');
  await expect(number).toHaveText('Slide 7 of 7');

  // The slide is inside the window, at 1280×720 and at 150% zoom (a 853×480 CSS-pixel window).
  for (const size of [
    { width: 1280, height: 720 },
    { width: 853, height: 480 },
  ]) {
    await page.setViewportSize(size);
    await expect
      .poll(async () => {
        const box = (await slide.boundingBox())!;
        return (
          box.x >= -0.5 &&
          box.y >= -0.5 &&
          box.x + box.width <= size.width + 0.5 &&
          box.y + box.height <= size.height + 0.5
        );
      })
      .toBe(true);
  }
  // A reload keeps the slide.
  await page.reload();
  await expect(number).toHaveText('Slide 7 of 7');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Workshop' })).toBeVisible();
  await expect(page.locator('.app-header')).toBeVisible();
});

/** The size (px on screen) of each piece of chart text on the slide: SVG text through its transforms, the key's. */
const chartTextPx = (page: Page) =>
  page.evaluate(() => {
    const sizes: Array<[number, string]> = [];
    for (const text of document.querySelectorAll<SVGTextElement>('[data-testid="slide"] svg text')) {
      const matrix = text.getScreenCTM();
      if (!text.textContent?.trim() || !matrix) continue;
      sizes.push([
        parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b),
        text.textContent,
      ]);
    }
    for (const entry of document.querySelectorAll<HTMLElement>('[data-testid="slide"] .chart-legend li'))
      sizes.push([
        (parseFloat(getComputedStyle(entry).fontSize) * entry.getBoundingClientRect().height) /
          entry.offsetHeight,
        entry.textContent ?? '',
      ]);
    return sizes.sort((a, b) => a[0] - b[0]);
  });

for (const locale of ['en-GB', 'zh-CN'])
  test.describe(locale, () => {
    test.use({ locale });
    test('chart text on the slides reads from the back of a room at 1280×720', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openFresh(page);
      await page.locator('nav a[href$="/present"]').click();
      await expect(page.getByTestId('slide')).toBeVisible();
      // Slides 2, 3, 5, 6 and 7 are charts: PEST(EL), forces, IE, QSPM and positioning (1 the agenda, 4 SWOT).
      for (const n of [2, 3, 5, 6, 7]) {
        await page.keyboard.press('Home');
        for (let i = 1; i < n; i += 1) await page.keyboard.press('ArrowRight');
        await expect(page.getByTestId('slide-number')).toContainText(String(n));
        await expect.poll(async () => (await chartTextPx(page)).length).toBeGreaterThan(3);
        const sizes = await chartTextPx(page);
        const median = sizes[Math.floor(sizes.length / 2)]![0];
        // The page's chart text (11–15 px) shrunk onto a slide came to 8–12 px; a room needs about twice that.
        expect(sizes[0]![0], `smallest text on slide ${n}: "${sizes[0]![1]}"`).toBeGreaterThanOrEqual(12);
        expect(median, `median text on slide ${n}`).toBeGreaterThanOrEqual(16);
      }
    });
  });
