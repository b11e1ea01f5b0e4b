// `npm run bench:ui`: the built app in Chromium at 1600×1000, on the example project and on a generated project
// at every schema limit. Reports median and p90 of Event Timing durations (input to next paint) for typing on
// every page, undo, dragging a slider and typing the largest call volume; the time to open each page; and
// first load (cold and warm); the RFM import of a million transactions; the service page at 100,000 calls an hour
// (serviceVolume.mjs). Numbers for the team's notes: nothing here passes or fails.
import { chromium } from '@playwright/test';
import { createServer, preview } from 'vite';
import { importAtLimits, timeOpening } from './atLimitsPage.mjs';
import {
  installObservers,
  interactionDurations,
  readObservers,
  resetObservers,
  summary,
} from './eventTiming.mjs';
import { measureFirstLoad } from './firstLoad.mjs';
import { measureRfmImport } from './rfmImport.mjs';
import { installFrameObserver, measureServiceVolume } from './serviceVolume.mjs';

// The limits are TypeScript: read through Vite rather than copied.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
const { LIMITS } = await vite.ssrLoadModule('/src/domain/project/limits.ts');
const { RANGES } = await vite.ssrLoadModule('/src/domain/project/ranges.ts');
await vite.close();
const MAX_CALLS = RANGES.callsPerInterval.max;

const PORT = 4176;
const BASE = `http://127.0.0.1:${PORT}/`;
const VIEWPORT = { width: 1600, height: 1000 };
const KEYS = 'abcdefghijklmnopqrst';
const only = process.argv[2]; // e.g. `npm run bench:ui -- typing`

/** Where a user types on each page: the first such field. */
const FIELDS = [
  ['swot', 'SWOT item', (p) => p.locator('.swot-item .item-text').first()],
  ['pestel', 'PEST factor', (p) => p.getByRole('textbox', { name: / text$/ }).first()],
  ['forces', 'driver note', (p) => p.getByRole('textbox', { name: / driver 1 note$/ }).first()],
  ['tows', 'TOWS strategy', (p) => p.getByRole('textbox', { name: 'SO strategy 1', exact: true })],
  ['service', 'model name', (p) => p.locator('.model-detail').getByLabel('Model name', { exact: true })],
  [
    'strategy',
    'alternative note',
    (p) =>
      p
        .locator('.alternative-card label', { hasText: /^Notes/ })
        .locator('textarea')
        .first(),
  ],
  [
    'positioning',
    'player name',
    (p) => p.getByRole('textbox', { name: 'Name of competitor 1', exact: true }),
  ],
  [
    'objectives',
    'objective target',
    (p) => p.getByRole('textbox', { name: 'Measurable target of objective 1', exact: true }),
  ],
  ['summary', 'service philosophy', (p) => p.getByRole('textbox', { name: 'Our service philosophy' })],
  ['plan', 'action text', (p) => p.getByRole('textbox', { name: 'Action 1', exact: true })],
  ['report', 'report authors', (p) => p.getByLabel('Authors', { exact: true })],
];
const PAGES = FIELDS.map(([route]) => route).concat('scoring');

const nextFrames = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function goTo(page, projectId, route) {
  const hash = `#/p/${projectId}/${route}`;
  await page.evaluate((to) => (location.hash = to), hash);
  // A route change is a transition: the old page stays until the new one has rendered.
  // The page's link in the course steps' sidebar is marked current once the route has changed.
  await page.locator(`nav a[aria-current="page"][href="${hash}"]`).waitFor();
  await page.locator('main h1').first().waitFor();
}

/** Types one key at a time, letting each paint, and returns the sorted interaction durations. */
async function typeInto(page, field, keys) {
  await field.click();
  await field.press('End');
  await nextFrames(page);
  await resetObservers(page);
  for (const key of keys) {
    await page.keyboard.press(key);
    await nextFrames(page);
  }
  const { events, longTasks } = await readObservers(page);
  return { durations: interactionDurations(events, keys.length), longest: Math.max(0, ...longTasks) };
}

const line = (label, r) =>
  console.log(
    `  ${label.padEnd(34)} ${summary(r.durations).padEnd(26)} longest task ${r.longest.toFixed(0)} ms`,
  );

async function typing(page, projectId) {
  for (const [route, label, field] of FIELDS) {
    await goTo(page, projectId, route);
    line(`typing: ${label}`, await typeInto(page, field(page), KEYS));
  }
}

async function undoWord(page, projectId) {
  await goTo(page, projectId, 'swot');
  const field = FIELDS[0][2](page);
  const all = [];
  let longest = 0;
  for (let i = 0; i < 8; i += 1) {
    await typeInto(page, field, ' word');
    await resetObservers(page);
    await page.keyboard.press('Control+z');
    await nextFrames(page);
    const { events, longTasks } = await readObservers(page);
    all.push(...interactionDurations(events, 1));
    longest = Math.max(longest, ...longTasks);
  }
  line('undo of a typed word', { durations: all.sort((a, b) => a - b), longest });
}

/** From the SWOT page to each page and back, twice: the first visit loads the page's chunk. */
async function opening(page, projectId) {
  for (const visit of ['first visit', 'again']) {
    for (const route of PAGES.filter((r) => r !== 'swot')) {
      await goTo(page, projectId, 'swot');
      await resetObservers(page);
      const ms = await timeOpening(page, `#/p/${projectId}/${route}`);
      const { longTasks } = await readObservers(page);
      console.log(
        `  open ${route.padEnd(12)} (${visit.padEnd(11)}) ${ms.toFixed(0).padStart(5)} ms   longest task ${Math.max(0, ...longTasks).toFixed(0)} ms`,
      );
    }
  }
}

async function serviceInputs(page, projectId) {
  await goTo(page, projectId, 'service');
  await page
    .locator('.model-list button', { hasText: /Call centre/ })
    .first()
    .click();
  const slider = page.getByTestId('agents-slider').locator('input[type=range]');
  await slider.focus();
  await resetObservers(page);
  const keys = [...Array(20).fill('ArrowRight'), ...Array(20).fill('ArrowLeft')];
  for (const key of keys) {
    await page.keyboard.press(key);
    await nextFrames(page);
  }
  const drag = await readObservers(page);
  line('agents slider (keyboard)', {
    durations: interactionDurations(drag.events, keys.length),
    longest: Math.max(0, ...drag.longTasks),
  });
  const calls = page.getByRole('textbox', { name: 'Calls per interval', exact: true });
  await calls.fill('');
  line(`calls per interval → ${MAX_CALLS}`, await typeInto(page, calls, String(MAX_CALLS)));
  // Back to the model's own volume (the typing is one undo step), so that later parts measure the same page.
  await page.keyboard.press('Control+z');
  await nextFrames(page);
}

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  if (!only || only === 'load') await measureFirstLoad(browser, BASE, VIEWPORT);
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  await context.addInitScript(installObservers);
  await context.addInitScript(installFrameObserver);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(BASE);
  await page.locator('.swot-item').first().waitFor();
  const exampleId = /#\/p\/([^/]+)\//.exec(page.url())[1];
  const projects =
    only === 'rfm' || only === 'load' || only === 'volume' ? [] : [['example project', exampleId]];
  if (projects.length > 0)
    projects.push(['project at the schema limits', await importAtLimits(page, LIMITS)]);
  for (const [name, id] of projects) {
    console.log(`\n${name}`);
    if (!only || only === 'typing') await typing(page, id);
    if (!only || only === 'undo') await undoWord(page, id);
    if (!only || only === 'service') await serviceInputs(page, id);
    if (!only || only === 'open') await opening(page, id);
  }
  // It adds a channel mix and leaves the hotline at 100,000 calls: after the other measurements of the example.
  if (!only || only === 'volume') await measureServiceVolume(page, exampleId);
  // Last: it replaces the example's RFM analysis, which the measurements above should not see.
  if (!only || only === 'rfm') await measureRfmImport(page, exampleId);
} finally {
  await browser.close();
  await server.close();
}
