import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/export/csv';
import { openFresh, waitSaved } from './helpers';

const FILE = 'test/fixtures/hostile/control-characters.json';
/** What every text of the fixture holds: PowerPoint's line break, NUL, BEL, US, U+FFFE and a lone surrogate. */
const TYPED = 'Line\u000bbreak \u0000nul \u0007bell \u001f unit \ufffe \ud800 lone';

async function saveFrom(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Parse errors of XML texts, by the browser's own parser (as PowerPoint and image viewers are strict). */
async function xmlErrors(page: Page, parts: Record<string, string>, type = 'application/xml') {
  return page.evaluate(
    ([all, mime]) =>
      Object.entries(all)
        .filter(
          ([, text]) =>
            new DOMParser()
              .parseFromString(text, mime as DOMParserSupportedType)
              .getElementsByTagName('parsererror').length > 0,
        )
        .map(([path]) => path),
    [parts, type] as const,
  );
}

async function xmlParts(zip: JSZip): Promise<Record<string, string>> {
  const parts: Record<string, string> = {};
  for (const [path, file] of Object.entries(zip.files)) {
    if (/\.(xml|rels)$/.test(path)) parts[path] = await file.async('string');
    if (path.endsWith('.xlsx')) {
      const inner = await xmlParts(await JSZip.loadAsync(await file.async('uint8array')));
      for (const [p, text] of Object.entries(inner)) parts[`${path}/${p}`] = text;
    }
  }
  return parts;
}

test('every export of a project full of control characters opens, with the text as typed where the format allows', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openFresh(page);
  await page.getByRole('link', { name: 'Projects' }).click();
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'control.json', mimeType: 'application/json', buffer: readFileSync(FILE) });
  await expect(page.getByRole('status').filter({ hasText: /Imported/ })).toBeVisible();
  await waitSaved(page);

  // PowerPoint: every XML part (slides, charts, their embedded workbooks) parses; VT became a line break.
  await page.getByRole('button', { name: 'PowerPoint…' }).click();
  const deckDialog = page.getByRole('dialog', { name: 'PowerPoint deck with editable charts' });
  const deck = await saveFrom(page, () =>
    deckDialog.getByRole('button', { name: /^Download PowerPoint/ }).click(),
  );
  await expect(deckDialog.getByRole('status')).toContainText('Saved a deck');
  const parts = await xmlParts(await JSZip.loadAsync(deck.bytes));
  expect(Object.keys(parts).length).toBeGreaterThan(20);
  expect(await xmlErrors(page, parts)).toEqual([]);
  const slides = Object.entries(parts)
    .filter(([p]) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .map(([, t]) => t)
    .join('');
  expect(slides).toContain('nul bell  unit  \ufffd lone');
  await deckDialog.getByRole('button', { name: 'Close' }).click();

  // SVG parses as an SVG document; PNG is a real image of the slide's size.
  await page.getByRole('navigation').getByRole('link', { name: 'Five forces', exact: true }).click();
  await page
    .getByRole('button', { name: /^Export the chart “Five forces/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Action title (the point the chart makes)').fill(`Forces ${'\u0007'}x`);
  const svg = await saveFrom(page, () =>
    dialog.getByRole('button', { name: 'SVG (vector, text stays text)' }).click(),
  );
  expect(await xmlErrors(page, { svg: svg.bytes.toString('utf8') }, 'image/svg+xml')).toEqual([]);
  expect(svg.bytes.toString('utf8')).toContain('<svg');
  const png = await saveFrom(page, () => dialog.getByRole('button', { name: 'PNG 1920 × 1080' }).click());
  expect(png.bytes.readUInt32BE(16)).toBe(1920);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // CSV and JSON are not XML: the text comes out as typed (it starts with a letter, so nothing is
  // neutralised either way). UTF-8 cannot hold a lone surrogate, so the CSV has U+FFFD there; JSON escapes it.
  await page.getByRole('navigation').getByRole('link', { name: 'SWOT', exact: true }).click();
  const csv = await saveFrom(page, () =>
    page
      .getByRole('button', {
        name: 'Download the SWOT items with weights and ratings as CSV (opens in Excel)',
      })
      .click(),
  );
  const texts = parseCsv(csv.bytes.toString('utf8'))
    .slice(1)
    .map((r) => r[2]!);
  expect(texts.length).toBeGreaterThan(3);
  for (const text of texts)
    expect(text.startsWith(TYPED.replace('\ud800', '\ufffd')), JSON.stringify(text)).toBe(true);
  const json = await saveFrom(page, () => page.getByRole('button', { name: 'Export JSON' }).first().click());
  const exported = JSON.parse(json.bytes.toString('utf8'));
  expect(exported.swot.strengths[0].text.startsWith(TYPED)).toBe(true);
});
