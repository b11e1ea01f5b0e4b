import { expect, test } from '@playwright/test';
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
