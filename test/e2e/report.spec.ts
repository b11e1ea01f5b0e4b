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

  // Each section starts a page, in the course's chapters (its five steps): a chapter's title opens the page of
  // its first section.
  const sections = [
    'Chapter 1 · Environment analysis',
    'Porter’s five forces',
    'Customers',
    'SWOT analysis',
    'IFE and EFE matrices, IE matrix',
    'Chapter 2 · Strategic objectives',
    'Chapter 3 · Strategy formulation',
    'Service level vs cost',
    'Positioning',
    'Chapter 4 · Evaluation and choice',
    'Chapter 5 · Implementation',
    'Implementation plan',
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
  // The course's fourth step is a chapter whose title opens the page of the strategy choice.
  expect(
    texts.some((text) => text.startsWith(squash('第 4 章 · ')) && text.includes(squash('战略选择'))),
  ).toBe(true);
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

test('the assignment checklist ticks what the project has, and prints on the cover when asked; the case is described on the report page', async ({
  page,
}) => {
  await openFresh(page);
  await openReport(page);
  const checklist = page.getByTestId('assignment-checklist');
  await expect(checklist.getByRole('listitem')).toHaveText([
    /The case analysed is described: done$/,
    /Step 1, environment analysis: every page done: done$/,
    /Step 2, strategic objectives and service standards: done$/,
    /Step 3, strategy formulation: TOWS, service vs cost, positioning: done$/,
    /Step 4, evaluation and choice: a strategy chosen: done$/,
    /Step 5, implementation: the six parts and the plan: done$/,
    /The cover names the authors and the course: not yet$/,
  ]);
  await page.getByLabel('Authors').fill('Group 3');
  await page.getByLabel('Course or client').fill('Service Management');
  await expect(checklist.getByRole('listitem').last()).toHaveText(/: done$/);
  await page.getByRole('checkbox', { name: 'Print the checklist on the cover' }).check();
  await expect(page.getByTestId('cover-checklist').getByRole('listitem')).toHaveCount(7);
  const description = page.getByRole('textbox', { name: /The case analysed/ });
  await description.fill('');
  await expect(checklist.getByRole('listitem').first()).toHaveText(/: not yet$/);
  await description.fill('A courier with a 24/7 hotline.');
  await expect(page.locator('.report-description')).toHaveText('A courier with a 24/7 hotline.');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { texts } = await pdfPages(pdf);
  expect(texts[0]).toContain(squash('Assignment checklist'));
  expect(texts.join('')).not.toContain(squash('Print the checklist on the cover'));
});
