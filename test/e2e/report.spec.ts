import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openFresh } from './helpers';

/** Whitespace removed and NFKC applied: pdf.js reads some CJK glyphs as their compatibility forms (⽬ for 目). */
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Text of each page of a PDF, with whitespace removed (pdf.js splits ligatures such as "fi" with spaces). */
async function pdfPages(pdf: Buffer): Promise<{ texts: string[]; sizes: number[][] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const texts: string[] = [];
  const sizes: number[][] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    texts.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
    sizes.push(page.view.slice(2).map(Math.round));
  }
  return { texts, sizes };
}

async function openReport(page: Page, link = 'Report') {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  // The report's chunk and the chart chunks load on first visit; under a loaded CI machine that takes a while.
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 20_000 });
  // Charts measure themselves after layout; the report renders its sections one task after another.
  await expect(page.locator('.report .recharts-surface').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('report')).toHaveAttribute('data-complete', 'true');
}

test('the report prints with cover, contents and every section in order, and no chart split across pages', async ({
  page,
}) => {
  await openFresh(page);
  await openReport(page);
  // Hostile and Chinese text comes out as typed.
  await page.getByLabel('Authors').fill('Li Wei & <script>"Anna"</script> 李伟');
  await page.getByLabel('Course or client').fill('Service Management 301');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { texts, sizes } = await pdfPages(pdf);
  expect(sizes[0]).toEqual([595, 842]); // A4 in points

  expect(texts[0]).toContain(squash('Swift Express (case)'));
  expect(texts[0]).toContain(squash('Prepared by Li Wei & <script>"Anna"</script> 李伟'));
  expect(texts[0]).toContain(squash('For Service Management 301'));
  expect(texts[1]).toContain('Contents');

  // Each section starts a page, in the order of the analysis.
  const sections = [
    'PEST(EL) macro-environment',
    'Porter’s five forces',
    'SWOT analysis',
    'TOWS matrix',
    'IFE and EFE matrices, IE matrix',
    'Customers',
    'Service level vs cost',
    'Strategy choice',
    'Positioning',
    'Appendix: assumptions and model parameters',
  ].map(squash);
  const starts = sections.map((s) => texts.findIndex((text) => text.startsWith(s)));
  expect(starts.every((i) => i > 1)).toBe(true);
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);

  // A chart frame is title, chart, source: if the page with its title also has its source after it, it is whole.
  const frames = await page.locator('.report .chart-frame').evaluateAll((els) =>
    els.map((el) => ({
      title: el.querySelector('.chart-title')?.textContent ?? '',
      source: el.querySelector('.chart-source')?.textContent ?? '',
    })),
  );
  expect(frames.length).toBeGreaterThanOrEqual(9);
  for (const frame of frames) {
    const title = squash(frame.title);
    const onPage = texts.find((text) => text.includes(title));
    expect(onPage, frame.title).toBeDefined();
    expect(onPage!.indexOf(squash(frame.source), onPage!.indexOf(title)), frame.title).toBeGreaterThan(-1);
  }
  // The customers: their worth, the ABC classes with tiers, the RFM analysis of the example's file.
  const all = texts.join('');
  expect(all).toContain(squash('50 a visit × 52 visits a year × 10 years = 26,000'));
  expect(all).toContain(squash('A: 1.8% of customers bring 84% of the value'));
  expect(all).toContain(squash('Where 302 customers sit by recency and frequency'));
  // The team's notes and the model parameters are there.
  expect(texts.join('')).toContain(squash('On-time rate 97.8%'));
  expect(texts.join('')).toContain(squash('Calls per interval'));
});

test('Letter paper prints on Letter, and the Chinese report reads in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'SWOT 分析', level: 1 })).toBeVisible();
  await openReport(page, '报告');
  await page.getByLabel('纸张').selectOption('Letter');
  const { texts, sizes } = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
  expect(sizes[0]).toEqual([612, 792]);
  expect(texts[1]).toContain(squash('目录'));
  expect(texts.some((text) => text.startsWith(squash('战略选择')))).toBe(true);
  expect(texts.join('')).toContain(squash('附录：假设与模型参数'));
  await context.close();
});

test('a long table breaks between rows: no row is split across pages', async ({ page }) => {
  await openFresh(page);
  // Thirty strengths of about six printed lines each, every one marked at its start and end.
  const project = JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8'));
  project.id = 'long-rows';
  project.name = 'Long rows';
  project.swot.strengths.push(
    ...Array.from({ length: 30 }, (_, i) => ({
      id: `long-${i}`,
      text: `ROWSTART${i}X ${'A strength that needs a whole paragraph to explain. '.repeat(8)}ROWEND${i}X`,
      source: null,
      note: '',
      weight: null,
      rating: null,
    })),
  );
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByTestId('import-input').setInputFiles({
    name: 'long.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(project)),
  });
  await expect(page.locator('.project-title')).toHaveText('Long rows');
  await openReport(page);
  const { texts } = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
  const pageOf = (marker: string) => texts.findIndex((text) => text.includes(marker));
  const spans = Array.from({ length: 30 }, (_, i) => ({
    start: pageOf(`ROWSTART${i}X`),
    end: pageOf(`ROWEND${i}X`),
  }));
  expect(spans.every(({ start }) => start > 0)).toBe(true);
  // The rows fill more than one page, so there are page boundaries to fall between them …
  expect(new Set(spans.map(({ start }) => start)).size).toBeGreaterThan(1);
  // … and every row starts and ends on the same page.
  expect(spans.filter(({ start, end }) => start !== end)).toEqual([]);
});

test('printed with background graphics, nothing paints grey behind the report (no grey block on the last page)', async ({
  page,
}) => {
  await openFresh(page);
  await openReport(page);
  await page.emulateMedia({ media: 'print' });
  const grey = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('body, body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const bg = style.backgroundColor;
        // Large boxes only: a legend swatch or a table's tint is meant to print.
        return (
          style.display !== 'none' &&
          el.getBoundingClientRect().height > 200 &&
          bg !== 'rgba(0, 0, 0, 0)' &&
          bg !== 'rgb(255, 255, 255)'
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${getComputedStyle(el).backgroundColor}`),
  );
  expect(grey).toEqual([]);
});
