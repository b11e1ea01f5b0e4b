// The RFM import of a 1,000,000-row transaction file in the built app: the time from "Import" to the analysis
// on the page, and the main thread's long tasks meanwhile (the worker reads the file; the page must not freeze).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transactionsCsv } from '../transactionsCsv.mjs';
import { readObservers, resetObservers } from './eventTiming.mjs';

export async function measureRfmImport(page, projectId, rows = 1_000_000) {
  const dir = mkdtempSync(join(tmpdir(), 'rfm-bench-'));
  const file = join(dir, `transactions-${rows}.csv`);
  writeFileSync(file, transactionsCsv(rows, 50_000));
  try {
    await page.evaluate((to) => (location.hash = to), `#/p/${projectId}/customers`);
    await page.getByTestId('rfm-file').setInputFiles(file);
    const dialog = page.locator('.rfm-dialog');
    await dialog.locator('.rfm-mapping').waitFor();
    await resetObservers(page);
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByTestId('rfm-source')
      .filter({ hasText: `${rows.toLocaleString('en')} rows` })
      .waitFor();
    const elapsed = Date.now() - started;
    const { longTasks } = await readObservers(page);
    const longest = longTasks.length ? Math.max(...longTasks) : 0;
    console.log(
      `\nRFM import of ${rows.toLocaleString('en')} transactions (Import → analysis on the page): ${(elapsed / 1000).toFixed(1)} s; ` +
        `main-thread tasks over 50 ms meanwhile: ${longTasks.length} (longest ${longest.toFixed(0)} ms)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
