import { expect, test } from '@playwright/test';
import { englishLeft } from './englishLeft';
import { readFileSync } from 'node:fs';
import { openFresh } from './helpers';

/** Latin words that are the same in the Chinese course material (abbreviations, keys, item labels). */

test('switch to Chinese: no English left on the SWOT and TOWS pages, and the choice is remembered', async ({
  page,
}) => {
  await openFresh(page);
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '项目', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('project-row').first().locator('time')).toHaveText(
    /\d{4}年\d{1,2}月\d{1,2}日/,
  );

  await page.getByRole('button', { name: '新建空白项目' }).click();
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'SWOT 分析', level: 1 })).toBeVisible();
  const add = page.getByRole('textbox', { name: '“优势”中的新条目' });
  await add.fill('服务人员训练有素');
  await add.press('Enter');
  await page.getByRole('textbox', { name: '“机会”中的新条目' }).fill('外卖平台增长');
  await page.getByRole('textbox', { name: '“机会”中的新条目' }).press('Enter');
  await page.getByRole('textbox', { name: 'S1 权重（0–1）' }).fill('abc');
  await expect(page.getByRole('alert')).toHaveText('请输入 0 到 1 之间的权重，例如 0.15（或 15%）。');
  await page.locator('summary[aria-label="移动 S1"]').click();
  await expect(page.getByRole('button', { name: '移到“威胁”' })).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);

  await page.getByRole('link', { name: 'TOWS 矩阵' }).click();
  await page.getByRole('textbox', { name: '新的 SO 战略' }).fill('开通外卖');
  await page.getByRole('textbox', { name: '新的 SO 战略' }).press('Enter');
  await expect(page.getByRole('region', { name: 'SO 战略（增长型）' })).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'TOWS 矩阵', level: 1 })).toBeVisible();
});

test('a browser set to Chinese starts in Chinese with the Chinese example', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'SWOT 分析', level: 1 })).toBeVisible();
  await expect(page.locator('.project-title')).toHaveText('迅达速运（案例）');
  await expect(page.getByRole('textbox', { name: 'S1 内容' })).toHaveValue(
    '自有航空与地面网络：300 多个城市之间次日达',
  );
  expect(await englishLeft(page)).toEqual([]);
  for (const [link, heading] of [
    ['PEST(EL) 分析', 'PEST(EL) 宏观环境分析'],
    ['波特五力', '波特五力模型'],
    ['IFE / EFE 矩阵', 'IFE 与 EFE 矩阵、IE 矩阵'],
    ['客户', '客户：一个客户值多少'],
    ['服务水平与成本', '服务水平与服务成本'],
    ['战略选择', '战略选择'],
    ['定位', '定位'],
    ['报告', '报告'],
  ]) {
    await page.getByRole('navigation').getByRole('link', { name: link!, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading!, level: 1 })).toBeVisible();
    await expect(page.locator('.recharts-surface, [data-testid="ie-matrix"]').first()).toBeVisible();
    expect(await englishLeft(page), heading).toEqual([]);
  }
  await context.close();
});

test('in Chinese, a refused import explains itself in Chinese', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('link', { name: '项目', exact: true }).click();
  const badRating = readFileSync('test/fixtures/project-v1.json', 'utf8').replace(
    '"rating": 4',
    '"rating": 7',
  );
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: '评分.json', mimeType: 'application/json', buffer: Buffer.from(badRating) });
  const alert = page.getByRole('alert').filter({ hasText: '未导入“评分.json”' });
  await expect(alert).toContainText('项目库没有任何改变');
  await expect(alert.locator('.problems li')).toHaveText(['swot.strengths[0].rating 最大为 4']);
  await alert.getByRole('button', { name: '关闭' }).click();

  const wrongType = JSON.stringify({
    ...JSON.parse(badRating.replace('"rating": 7', '"rating": 4')),
    name: 42,
  });
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(wrongType) });
  await expect(page.locator('.problems li')).toHaveText(['name 应为文本，而不是数值']);
});

test('each language’s messages load only when it is used: English first loads no Chinese, and switching fetches it', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await openFresh(page);
  expect(scripts.some((s) => /\/en-[\w-]+\.js$/.test(s))).toBe(true);
  expect(scripts.some((s) => /\/zh-CN-[\w-]+\.js$/.test(s))).toBe(false);
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SWOT 分析');
  expect(scripts.some((s) => /\/zh-CN-[\w-]+\.js$/.test(s))).toBe(true);
});
