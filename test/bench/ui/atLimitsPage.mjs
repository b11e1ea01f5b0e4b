// What bench:ui and bench:ui:profile do alike in the page: import the project at the schema limits, and time
// the opening of a page by its link.
import { readFileSync } from 'node:fs';
import { atLimitsProject } from '../atLimitsProject.mjs';

/** Imports the project at every schema limit from the library page; returns its id once it is open. */
export async function importAtLimits(page, limits) {
  const example = JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8'));
  const file = atLimitsProject(example, limits);
  await page.click('a[href="#/"]');
  await page.getByTestId('import-input').setInputFiles({
    name: 'at-limits.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.locator('.project-title', { hasText: file.name }).waitFor({ timeout: 120_000 });
  await page.waitForURL(/#\/p\/[^/]+\//);
  return /#\/p\/([^/]+)\//.exec(page.url())[1];
}

/** Clicks the link to `hash` and returns the ms until the new page's heading is on screen and painted. */
export function timeOpening(page, hash) {
  return page.evaluate(async (to) => {
    const before = document.querySelector('main h1');
    const start = performance.now();
    document.querySelector(`a[href="${to}"]`).click();
    // The old page's heading stays until React has rendered the new page.
    const ready = () => {
      const heading = document.querySelector('main h1');
      return heading && heading !== before && heading.isConnected;
    };
    while (!ready()) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - start;
  }, hash);
}
