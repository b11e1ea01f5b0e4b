// `npm run bench:ui:profile -- positioning strategy type:report rfm`: opens each page of the project at the schema
// limits from the SWOT page (or, for `type:<page>`, types 20 keys into that page's field; for `rfm`, imports a
// million transactions and renders the analysis; for `slider`, moves the first call centre's agents 20 steps
// and back; for `calls`, types the largest call volume into it; `--example` works on the example project) under Chromium's CPU profiler, in an unminified production build (names readable), and prints where the second run spent its
// time: self time by function and by file, and time inside components. For finding what a slow page does;
// `npm run bench:ui` gives the numbers.
import { chromium } from '@playwright/test';
import { build, createServer, preview } from 'vite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAtLimits, timeOpening } from './atLimitsPage.mjs';
import { transactionsCsv } from '../transactionsCsv.mjs';

const onExample = process.argv.includes('--example');
const routes = process.argv.slice(2).filter((a) => a !== '--example');
const OUT = 'dist-profile';
const PORT = 4177;
await build({ logLevel: 'error', build: { minify: false, outDir: OUT, emptyOutDir: true } });
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
const { LIMITS } = await vite.ssrLoadModule('/src/domain/project/limits.ts');
const { RANGES } = await vite.ssrLoadModule('/src/domain/project/ranges.ts');
await vite.close();

/** The fields `type:<page>` types into (as in run.mjs). */
const FIELDS = {
  report: (p) => p.getByLabel('Authors', { exact: true }),
  tows: (p) => p.getByRole('textbox', { name: 'SO strategy 1', exact: true }),
  swot: (p) => p.locator('.swot-item .item-text').first(),
};

const frameName = (f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
const fileName = (f) =>
  f.url
    .split('/')
    .pop()
    .replace(/-[\w-]{8}\.js$/, '') || f.functionName;
const top = (totals, n) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');
const add = (totals, key, ms) => totals.set(key, (totals.get(key) ?? 0) + ms);

/** Self time by function and by file, and inclusive time of components (names starting upper-case). */
function report(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const files = new Map();
  const components = new Map();
  profile.samples.forEach((sample, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(sample).callFrame;
    add(self, frameName(frame), ms);
    add(files, fileName(frame), ms);
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      if (/^[A-Z]/.test(f.functionName) && !seen.has(f.functionName)) {
        seen.add(f.functionName);
        add(components, frameName(f), ms);
      }
    }
  });
  console.log(`  self time by file:\n${top(files, 12)}`);
  console.log(`  self time by function:\n${top(self, 20)}`);
  console.log(`  inside components:\n${top(components, 20)}`);
}

const server = await preview({
  build: { outDir: OUT },
  preview: { port: PORT, host: '127.0.0.1', strictPort: true },
});
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  const page = await (
    await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-GB' })
  ).newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('.swot-item').first().waitFor();
  const id = onExample ? /#\/p\/([^/]+)\//.exec(page.url())[1] : await importAtLimits(page, LIMITS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const visit of ['first visit', 'again'])
    for (const route of routes) {
      // Once: a second import of the same file would find its line on the page before it starts.
      if (route === 'rfm' && visit === 'first visit') {
        const dir = mkdtempSync(join(tmpdir(), 'rfm-profile-'));
        const file = join(dir, 'transactions.csv');
        writeFileSync(file, transactionsCsv(1_000_000, 50_000));
        await page.evaluate((hash) => (location.hash = hash), `#/p/${id}/customers`);
        await page.getByTestId('rfm-file').setInputFiles(file);
        const dialog = page.locator('.rfm-dialog');
        await dialog.locator('.rfm-mapping').waitFor();
        await cdp.send('Profiler.start');
        const start = Date.now();
        await dialog.getByRole('button', { name: 'Import', exact: true }).click();
        await page.getByTestId('rfm-source').filter({ hasText: '1,000,000 rows' }).waitFor();
        await page.waitForTimeout(1000); // the save and what else the analysis sets off
        const { profile } = await cdp.send('Profiler.stop');
        rmSync(dir, { recursive: true, force: true });
        console.log(`\nrfm: import in ${Date.now() - start} ms under the profiler`);
        report(profile);
        continue;
      }
      if (route === 'rfm') continue;
      if (route === 'slider' || route === 'calls') {
        await page.evaluate((hash) => (location.hash = hash), `#/p/${id}/service`);
        await page
          .locator('.model-list button', { hasText: /Call centre/ })
          .first()
          .click();
        const field =
          route === 'slider'
            ? page.getByTestId('agents-slider').locator('input[type=range]')
            : page.getByRole('textbox', { name: 'Calls per interval', exact: true });
        await field.focus();
        if (route === 'calls') await field.fill('');
        await page.waitForTimeout(1000);
        const keys =
          route === 'slider'
            ? [...Array(20).fill('ArrowRight'), ...Array(20).fill('ArrowLeft')]
            : [...String(RANGES.callsPerInterval.max)];
        await cdp.send('Profiler.start');
        const start = Date.now();
        for (const key of keys) {
          await page.keyboard.press(key);
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
        }
        await page.waitForTimeout(1000);
        const { profile } = await cdp.send('Profiler.stop');
        if (route === 'calls') await page.keyboard.press('Control+z');
        console.log(
          `\n${route} (${visit}): ${keys.length} keys in ${Date.now() - start} ms under the profiler`,
        );
        if (visit === 'again') report(profile);
        continue;
      }
      if (route.startsWith('type:')) {
        const target = route.slice('type:'.length);
        await page.evaluate((hash) => (location.hash = hash), `#/p/${id}/${target}`);
        const field = FIELDS[target](page);
        await field.click();
        await field.press('End');
        await page.waitForTimeout(1000);
        await cdp.send('Profiler.start');
        const start = Date.now();
        for (const key of 'abcdefghijklmnopqrst') {
          await page.keyboard.press(key);
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
        }
        await page.waitForTimeout(1000); // what the typing sets off once it pauses
        const { profile } = await cdp.send('Profiler.stop');
        console.log(`\n${route} (${visit}): 20 keys in ${Date.now() - start} ms under the profiler`);
        if (visit === 'again') report(profile);
        continue;
      }
      await page.evaluate((hash) => (location.hash = hash), `#/p/${id}/swot`);
      await page.locator('.swot-item').first().waitFor();
      await page.waitForTimeout(500);
      await cdp.send('Profiler.start');
      const ms = await timeOpening(page, `#/p/${id}/${route}`);
      const { profile } = await cdp.send('Profiler.stop');
      console.log(`\n${route} (${visit}): ${ms.toFixed(0)} ms under the profiler`);
      if (visit === 'again') report(profile);
    }
} finally {
  await browser.close();
  await server.close();
}
