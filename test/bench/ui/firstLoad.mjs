// First load, cold (a new profile: nothing cached, the example seeded) and warm (a reload: scripts cached,
// the project in IndexedDB): first contentful paint, the moment the SWOT items are on screen, and layout shift.
import { quantile } from './eventTiming.mjs';

const RUNS = 5;

/** Runs in the page before its scripts: records when the first SWOT item appears, and every layout shift. */
function watchLoad() {
  const load = { shift: 0, itemsAt: null };
  window.__load = load;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) load.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('.swot-item')) {
      load.itemsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function readLoad(page) {
  await page.locator('.swot-item').first().waitFor();
  await page.waitForTimeout(500); // late shifts (fonts) count too
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    items: window.__load.itemsAt,
    cls: window.__load.shift,
  }));
}

const report = (label, runs) => {
  const med = (key) =>
    quantile(
      runs.map((r) => r[key]).sort((a, b) => a - b),
      0.5,
    );
  console.log(
    `  ${label.padEnd(10)} first contentful paint ${med('fcp').toFixed(0)} ms · SWOT items ${med('items').toFixed(0)} ms` +
      ` · layout shift ${Math.max(...runs.map((r) => r.cls)).toFixed(3)} (median of ${runs.length}, worst shift)`,
  );
};

export async function measureFirstLoad(browser, base, viewport) {
  console.log('first load (example project)');
  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    await context.addInitScript(watchLoad);
    const page = await context.newPage();
    await page.goto(base);
    cold.push(await readLoad(page));
    await page.reload();
    warm.push(await readLoad(page));
    await context.close();
  }
  report('cold', cold);
  report('warm', warm);
}
