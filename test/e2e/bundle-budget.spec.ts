import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** DESIGN.md: initial JavaScript at most 250 KB gzip. Measured on the build the browser tests run against. */
test('the initial JavaScript stays within the 250 KB gzip budget', async () => {
  const html = readFileSync(resolve('dist/index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const gzipBytes = scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(resolve('dist', file))).length,
    0,
  );
  test
    .info()
    .annotations.push({ type: 'initial JS gzip', description: `${(gzipBytes / 1024).toFixed(1)} KB` });
  console.log(`initial JS: ${scripts.length} files, ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
  expect(gzipBytes).toBeLessThanOrEqual(250 * 1024);
});
