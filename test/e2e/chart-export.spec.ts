import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function save(page: Page, button: string | RegExp) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The fonts an exported SVG embeds: how many faces, whether each loads, and characters none covers. */
async function embeddedFonts(page: Page, svg: Buffer) {
  return page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const css = doc.querySelector('style')?.textContent ?? '';
    const faces = [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, body]) => ({
      family: /font-family:'([^']+)'/.exec(body!)![1],
      weight: /font-weight:(\d+)/.exec(body!)![1],
      src: /url\(([^)]+)\)/.exec(body!)![1]!,
      ranges: /unicode-range:([^;]+);/
        .exec(body!)![1]!
        .split(',')
        .map((r) =>
          r
            .replace('U+', '')
            .split('-')
            .map((h) => parseInt(h, 16)),
        ),
    }));
    const loaded = await Promise.all(
      faces.map((f) =>
        new FontFace('Check', `url(${f.src})`).load().then(
          () => true,
          () => false,
        ),
      ),
    );
    const drawn = Array.from(doc.getElementsByTagName('text'))
      .map((t) => t.textContent)
      .join('');
    const uncovered = [...new Set(drawn)].filter((ch) => {
      const code = ch.codePointAt(0)!;
      return (
        code > 32 && !faces.some((f) => f.ranges.some(([from, to]) => code >= from! && code <= (to ?? from)!))
      );
    });
    // Which family draws the title's “ (U+201C): the Latin one, whose quotes are not full-width.
    const quote = faces.find((f) =>
      f.ranges.some(([from, to]) => 0x201c >= from! && 0x201c <= (to ?? from)!),
    );
    return {
      quoteFamily: quote?.family ?? null,
      count: faces.length,
      allLoad: loaded.every(Boolean),
      uncovered,
      family: doc.documentElement.getAttribute('font-family'),
    };
  }, svg.toString('utf8'));
}

test('a chart exports as PNG at 1920×1080 and 2×, and as SVG with its text, under the title the user typed', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Five forces', exact: true }).click();
  await page
    .getByRole('button', { name: /^Export the chart “Five forces/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const title = 'Buyers & <rivals> squeeze “Swift” 海底捞';
  await dialog.getByLabel('Action title (the point the chart makes)').fill(title);

  const png = await save(page, 'PNG 1920 × 1080');
  expect(pngSize(png.bytes)).toEqual([1920, 1080]);
  const png2 = await save(page, 'PNG 3840 × 2160 (2×)');
  expect(pngSize(png2.bytes)).toEqual([3840, 2160]);

  await dialog.getByRole('radio', { name: 'Transparent' }).check();
  const svg = await save(page, 'SVG (vector, text stays text)');
  expect(svg.name).toBe('Buyers & _rivals_ squeeze “Swift” 海底捞.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      width: doc.documentElement.getAttribute('width'),
      texts: Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent),
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.errors).toBe(0);
  expect(parsed.width).toBe('1920');
  expect(parsed.texts).toContain(title);
  // The chart's own labels and the legend come along as text.
  expect(parsed.texts.join(' ')).toContain('Rivalry');
  expect(parsed.texts).toContain('Now');

  // The fonts come along too: every character drawn is covered by an embedded face that loads, Latin text
  // in Noto Sans (its apostrophe is not full-width), Chinese in Noto Sans SC.
  const fonts = await embeddedFonts(page, svg.bytes);
  expect(fonts.count).toBeGreaterThan(1);
  expect(fonts.allLoad).toBe(true);
  expect(fonts.uncovered).toEqual([]);
  expect(fonts.family).toMatch(/^'Noto Sans', 'Noto Sans SC'/);
  expect(fonts.quoteFamily).toBe('Noto Sans');
  console.log(
    `SVG with embedded fonts: ${(svg.bytes.length / 1024).toFixed(0)} KB, ${fonts.count} font slices`,
  );

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('copy as PNG puts a 1920×1080 image on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFresh(page);
  await page.getByRole('link', { name: 'Strategy choice' }).click();
  await page.getByRole('button', { name: /^Export the chart “Why Differentiation leads/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Copy as PNG' }).click();
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('Copied to the clipboard');
  const size = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item!.getType('image/png');
    const bitmap = await createImageBitmap(blob);
    return [bitmap.width, bitmap.height];
  });
  expect(size).toEqual([1920, 1080]);
});

test('a Chinese chart exported as SVG carries the font for its Chinese text', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: '服务水平与成本', exact: true }).click();
  await page
    .getByRole('button', { name: /^导出图表/ })
    .first()
    .click();
  const svg = await save(page, /^SVG/);
  const fonts = await embeddedFonts(page, svg.bytes);
  expect(fonts.allLoad).toBe(true);
  expect(fonts.uncovered).toEqual([]);
  expect(fonts.count).toBeGreaterThan(3);
  console.log(
    `Chinese SVG with embedded fonts: ${(svg.bytes.length / 1024).toFixed(0)} KB, ${fonts.count} font slices`,
  );
  await context.close();
});

test('a map exported as a slide is drawn as wide as the slide, not letterboxed in its middle', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Positioning', exact: true }).click();
  for (const [title, testId] of [
    [/^Export the chart “Price–quality positioning/, 'nine-cell'],
    [/^Export the chart “Perceived value against price/, ''],
  ] as const) {
    await page.getByRole('button', { name: title }).click();
    const svg = await save(page, 'SVG (vector, text stays text)');
    const box = await page.evaluate(
      ([text, id]) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const chart = (id ? doc.querySelector(`svg [data-testid="${id}"]`) : doc.querySelector('svg svg'))!;
        const [, , w, h] = chart
          .getAttribute('viewBox')!
          .split(/[\s,]+/)
          .map(Number);
        return { aspect: w! / h!, width: Number(chart.getAttribute('width')) };
      },
      [svg.bytes.toString('utf8'), testId] as const,
    );
    // The slide's chart area is 1728 px wide and about 700 tall: a drawing of aspect ≥ 1.9 fills its width.
    expect(box.width).toBe(1728);
    expect(box.aspect).toBeGreaterThanOrEqual(1.9);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  }
});
