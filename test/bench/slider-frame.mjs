// Dragging a service-cost slider: time from the input event to the next painted frame, per model kind.
// A browser measurement, so not a vitest bench: `npm run bench:ui` builds, serves dist/ and drives Chromium.
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const STEPS = 60;
const server = await preview({ preview: { port: 4176, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const quantile = (sorted, p) => sorted[Math.floor(p * (sorted.length - 1))];
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
  await page.goto('http://127.0.0.1:4176/');
  await page.waitForSelector('.swot-item');
  await page.click('a[href$="/service"]');
  await page.waitForSelector('[data-testid="model-numbers"]');
  const models = [
    ['call centre (with a scenario)', /Call centre/, 'agents-slider'],
    ['generic', /Generic/, 'operating-slider'],
    ['inventory', /Inventory/, 'stock-slider'],
  ];
  for (const [label, kind, slider] of models) {
    await page.locator('.model-list button', { hasText: kind }).first().click();
    await page.waitForSelector(`[data-testid="${slider}"]`);
    const times = await page.evaluate(
      async ({ slider, steps }) => {
        const input = document.querySelector(`[data-testid="${slider}"] input[type=range]`);
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const step = Number(input.step) || 1;
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        let value = Number(input.value);
        const out = [];
        for (let i = 0; i < steps; i += 1) {
          value = Math.min(
            Number(input.max),
            Math.max(Number(input.min), value + (i < steps / 2 ? step : -step)),
          );
          await frame();
          const start = performance.now();
          setValue.call(input, String(value));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const handled = performance.now();
          await frame();
          out.push([handled - start, performance.now() - start]);
        }
        return out;
      },
      { slider, steps: STEPS },
    );
    const handler = times.map((t) => t[0]).sort((a, b) => a - b);
    const painted = times.map((t) => t[1]).sort((a, b) => a - b);
    console.log(
      `${label.padEnd(30)} handler median ${quantile(handler, 0.5).toFixed(1)} ms, p90 ${quantile(handler, 0.9).toFixed(1)} ms` +
        ` | next frame median ${quantile(painted, 0.5).toFixed(1)} ms, p90 ${quantile(painted, 0.9).toFixed(1)} ms (${STEPS} steps)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
