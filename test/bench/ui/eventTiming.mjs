// What the browser itself says about responsiveness: Event Timing (input to next paint, per interaction) and
// long tasks (main-thread work over 50 ms). Installed before the app's scripts run.

/** Runs in the page: keeps every event entry (≥ 16 ms, the API's floor) and long task since the last reset. */
export function installObservers() {
  const store = { events: [], longTasks: [] };
  window.__bench = store;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      store.events.push({ name: e.name, duration: e.duration, interactionId: e.interactionId ?? 0 });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) store.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

export async function resetObservers(page) {
  await page.evaluate(() => {
    window.__bench.events = [];
    window.__bench.longTasks = [];
  });
}

/** Waits for the observers to deliver (they report after the frame), then reads and clears them. */
export async function readObservers(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
  const data = await page.evaluate(() => structuredClone(window.__bench));
  await resetObservers(page);
  return data;
}

/**
 * One duration per interaction (its slowest event), padded to `count` interactions: an interaction the API
 * did not report took under 16 ms, and is counted as 16 so that the median and p90 are upper bounds.
 */
export function interactionDurations(events, count) {
  const byId = new Map();
  for (const e of events)
    if (e.interactionId) byId.set(e.interactionId, Math.max(byId.get(e.interactionId) ?? 0, e.duration));
  const out = [...byId.values()];
  while (out.length < count) out.push(16);
  return out.sort((a, b) => a - b);
}

export const quantile = (sorted, p) => (sorted.length ? sorted[Math.floor(p * (sorted.length - 1))] : NaN);

/** "median 24 · p90 32 ms" with a "≤" where the API's 16 ms floor is the value. */
export function summary(sorted) {
  const f = (v) => (v <= 16 ? '≤16' : v.toFixed(0));
  return `median ${f(quantile(sorted, 0.5))} · p90 ${f(quantile(sorted, 0.9))} ms`;
}
