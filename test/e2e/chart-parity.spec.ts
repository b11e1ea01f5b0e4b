import { expect, test, type Page } from '@playwright/test';

interface Drawn {
  subtitle: string;
  source: string;
  summary: string;
  legend: string[];
}

/** Every chart frame on the page: what it says about itself, by title. */
async function frames(page: Page, scope: string): Promise<Record<string, Drawn>> {
  await page.waitForTimeout(300);
  return page.locator(`${scope} figure.chart-frame`).evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => [
        el.querySelector('h3')!.textContent!.trim(),
        {
          subtitle: el.querySelector('.chart-subtitle')?.textContent?.trim() ?? '',
          source: el.querySelector('.chart-source')?.textContent?.trim() ?? '',
          summary: el.querySelector('.chart-body')?.getAttribute('aria-label') ?? '',
          legend: [...el.querySelectorAll('.chart-legend li')].map((li) => li.textContent!.trim()),
        },
      ]),
    ),
  );
}

/**
 * A chart in the report is the chart on its page: the same title, subtitle, source, text alternative and
 * legend, because both are drawn from one view (the deck's slides are checked against the same views in
 * test/export/deck/slideOfView.test.ts). In both languages.
 */
for (const locale of ['en-GB', 'zh-CN'])
  test(`the report draws each chart as its page does (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/#\/p\//);
    const base = page.url().replace(/\/[^/]*$/, '');
    const onPages: Record<string, Drawn> = {};
    for (const name of ['pestel', 'forces', 'scoring', 'service', 'strategy', 'positioning']) {
      await page.goto(`${base}/${name}`);
      // A route change is a transition: the previous page stays until this one has rendered.
      await expect(page.locator(`nav a[aria-current="page"][href$="/${name}"]`)).toBeAttached();
      await expect(page.locator('main h1').first()).toBeVisible();
      Object.assign(onPages, await frames(page, 'main'));
    }
    // The service page shows one model at a time: open each.
    await page.goto(`${base}/service`);
    await expect(page.locator('nav a[aria-current="page"][href$="/service"]')).toBeAttached();
    const models = page.locator('.model-list button');
    for (let i = 0; i < (await models.count()); i++) {
      await models.nth(i).click();
      Object.assign(onPages, await frames(page, 'main'));
    }
    await page.goto(`${base}/report`);
    await expect(page.locator('nav a[aria-current="page"][href$="/report"]')).toBeAttached();
    // The report draws its sections in stages; it says when it is complete.
    await expect(page.getByTestId('report')).toHaveAttribute('data-complete', 'true');
    const inReport = await frames(page, '.report');
    const shared = Object.keys(inReport).filter((title) => title in onPages);
    // The report's charts: PEST(EL), forces, IE, each service model, QSPM, tornado, positioning, CPM, canvas.
    expect(shared.length).toBeGreaterThanOrEqual(12);
    for (const title of shared) expect(inReport[title], title).toEqual(onPages[title]);
    await context.close();
  });
