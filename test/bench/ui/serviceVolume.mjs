// Issue 17, part 6: at 100,000 calls an hour every figure of the service page appears without a main-thread
// task over 50 ms. On the example's hotline (an hour per interval): the calls typed, callers who hang up,
// a day of 96 quarter-hours at 100,000 calls an hour pasted, its intervals opened and a roster typed, a
// channel mix at 100,000 contacts an hour, and the page opened with all of it. Prints the longest task of
// each step and which scripts ran in frames over 50 ms (Long Animation Frames).
import { readObservers, resetObservers } from './eventTiming.mjs';

const CALLS_PER_HOUR = 100_000;

/** Runs in the page: keeps the long animation frames' script attribution since the last reset. */
export function installFrameObserver() {
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__frames.push({
        duration: e.duration,
        scripts: e.scripts.map((s) => `${Math.round(s.duration)} ms ${s.invoker}`),
      });
  }).observe({ type: 'long-animation-frame', buffered: true });
}

const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        // Deferred renders, paced charts and the 400 ms settling of typed names: a second of quiet.
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 1000);
      }),
  );

async function step(page, label, act) {
  await settle(page);
  await resetObservers(page);
  await page.evaluate(() => (window.__frames = []));
  await act();
  await settle(page);
  const { longTasks } = await readObservers(page);
  const frames = await page.evaluate(() => window.__frames.filter((f) => f.duration > 50));
  const longest = Math.max(0, ...longTasks);
  console.log(`  ${label.padEnd(52)} longest task ${longest.toFixed(0).padStart(4)} ms`);
  for (const f of frames.slice(0, 3))
    console.log(`      frame ${f.duration.toFixed(0)} ms: ${f.scripts.join(', ')}`);
}

export async function measureServiceVolume(page, projectId) {
  console.log(`\nservice page at ${CALLS_PER_HOUR.toLocaleString('en')} calls an hour (example hotline)`);
  await page.evaluate((h) => (location.hash = h), `#/p/${projectId}/service`);
  await page.locator('main h1').first().waitFor();
  await page
    .locator('.model-list button', { hasText: /hotline/ })
    .first()
    .click();
  const calls = page.getByRole('textbox', { name: 'Calls per interval', exact: true });
  await step(page, `calls per hour typed → ${CALLS_PER_HOUR}`, async () => {
    await calls.fill('');
    for (const key of String(CALLS_PER_HOUR)) await page.keyboard.press(key);
  });
  const abandon = page.getByTestId('abandonment');
  await step(page, 'callers hang up (Erlang A) ticked', () =>
    abandon.getByRole('checkbox', { name: 'Callers hang up when they wait too long' }).check(),
  );
  await step(page, 'mean patience typed → 300 s', async () => {
    const patience = abandon.getByRole('textbox', { name: 'Mean patience before hanging up (s)' });
    await patience.fill('');
    for (const key of '300') await patience.press(key);
  });
  const day = page.getByTestId('day-plan');
  await day.scrollIntoViewIfNeeded();
  const rows = Array.from({ length: 96 }, (_, i) => {
    const minute = i * 15;
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return `${time}\t${CALLS_PER_HOUR / 4}`;
  });
  await day
    .getByRole('textbox', { name: 'Paste from a spreadsheet' })
    .fill(`Time\tCalls\n${rows.join('\n')}`);
  await step(page, '96 quarter-hours pasted and planned', () =>
    day.getByRole('button', { name: 'Use the pasted numbers' }).click(),
  );
  await step(page, 'the 96 intervals opened', () =>
    day.getByText('The intervals: calls, handle times and roster (96)').click(),
  );
  await step(page, 'a roster typed at 08:00 → 2000', async () => {
    const cell = day.getByRole('textbox', { name: 'Staff rostered at 08:00' });
    await cell.click();
    for (const key of '2000') await page.keyboard.press(key);
  });
  await step(page, 'a slot’s calls typed at 09:00 → 30000', async () => {
    const cell = day.getByRole('textbox', { name: 'Calls at 09:00' });
    await cell.fill('');
    for (const key of '30000') await page.keyboard.press(key);
  });
  // The range's top: 100,000 calls in each quarter-hour (400,000 an hour), callers hanging up after 300 s.
  const top = rows.map((r) => r.replace(/\t.*/, '\t100000'));
  await day.getByRole('textbox', { name: 'Paste from a spreadsheet' }).fill(`Time\tCalls\n${top.join('\n')}`);
  await step(page, '96 quarter-hours at 100,000 calls each pasted', async () => {
    await day.getByRole('button', { name: 'Use the pasted numbers' }).click();
    await day.getByTestId('day-totals').filter({ hasText: '9,600,000 calls' }).waitFor();
  });
  await step(page, 'page opened again (from SWOT)', async () => {
    await page.evaluate((h) => (location.hash = h), `#/p/${projectId}/swot`);
    await page.locator('.swot-item').first().waitFor();
    await page.evaluate((h) => (location.hash = h), `#/p/${projectId}/service`);
    await page.getByTestId('day-plan').first().waitFor();
  });
  await page.getByRole('button', { name: /^\+ Channel mix/ }).click();
  // A new mix's interval is half an hour.
  await step(page, `channel mix: contacts per half hour → ${CALLS_PER_HOUR / 2}`, async () => {
    const contacts = page.getByRole('textbox', { name: 'Contacts per interval (all channels)' });
    await contacts.fill('');
    for (const key of String(CALLS_PER_HOUR / 2)) await contacts.press(key);
  });
  // Leave the example as it was for what runs after (each step above is one or more undo steps).
  await page.evaluate((h) => (location.hash = h), `#/p/${projectId}/swot`);
}
