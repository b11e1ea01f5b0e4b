import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { openFresh } from './helpers';

test('pick and order slides, download the deck, and find native charts with the project’s numbers', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'PowerPoint…' }).click();
  const dialog = page.getByRole('dialog', { name: 'PowerPoint deck with editable charts' });
  await expect(dialog).toBeVisible();
  const slides = dialog.getByTestId('deck-slide');
  const count = await slides.count();
  expect(count).toBeGreaterThan(8);
  // Keep three slides: the five forces, the QSPM and the choice, with the choice first.
  for (let i = 0; i < count; i += 1) {
    const label = slides.nth(i).locator('label');
    const text = await label.innerText();
    if (!/^(Five forces: intensity|Why Differentiation leads|Chosen alternative)/.test(text))
      await label.getByRole('checkbox').uncheck();
  }
  const choice = slides.filter({ hasText: 'Chosen alternative' });
  while ((await slides.first().innerText()).indexOf('Chosen alternative') < 0)
    await choice.getByRole('button', { name: /^Move “Chosen alternative.*” up$/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PowerPoint (4 slides)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Swift Express (case).pptx');
  await expect(dialog.getByRole('status')).toContainText('Saved a deck of 4 slides');

  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slideFiles).toHaveLength(4);
  expect(await zip.file('ppt/slides/slide2.xml')!.async('string')).toContain(
    'Chosen alternative: Differentiation',
  );
  const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(2);
  const xml = (await Promise.all(charts.map((f) => zip.file(f)!.async('string')))).join('\n');
  expect(xml).toContain('<c:v>Now</c:v>');
  expect(xml).toContain('<c:grouping val="stacked"/>');
});

test('one chart goes to PowerPoint as an editable chart on a slide of its own, under the typed title', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Service vs cost', exact: true }).click();
  await page
    .getByRole('button', { name: /^Export the chart “Customer hotline/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export chart as a 16:9 slide' });
  const title = 'Answering 94% of calls in time maximises profit & <margin>';
  await dialog.getByLabel('Action title (the point the chart makes)').fill(title);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'PowerPoint slide (editable chart)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    'Answering 94% of calls in time maximises profit & _margin_.pptx',
  );
  await expect(dialog.getByRole('status')).toContainText('.pptx');

  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slideFiles).toHaveLength(1); // no title slide
  expect(await zip.file(slideFiles[0]!)!.async('string')).toContain(
    'Answering 94% of calls in time maximises profit &amp; &lt;margin&gt;',
  );
  const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(1);
  const xml = await zip.file(charts[0]!)!.async('string');
  expect(xml).toContain('<c:scatterChart>');
  expect(xml).toContain('<c:v>Profit</c:v>');
  // The example's hotline is staffed at its optimum, so the guide says so.
  expect(xml).toMatch(/<c:v>Today = optimum \d+\.\d%<\/c:v>/);
});
