import { expect, test, type Page } from '@playwright/test';
import { englishLeft } from './englishLeft';

/** Types a line into a field that adds on Enter. */
async function add(page: Page, label: string, text: string) {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(text);
  await field.press('Enter');
}

test('a student’s path in Chinese: a new project through the course’s five steps to a report with every chapter, no English on the way', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'SWOT 分析', level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: '项目栏目' });
  const go = async (name: string) => {
    const link = nav.getByRole('link', { name, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    // The report has two: the page's and its cover's.
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  };

  // A new project asks for its name.
  await nav.getByRole('link', { name: '项目', exact: true }).click();
  await page.getByRole('button', { name: '新建空白项目' }).click();
  await page.getByRole('textbox', { name: '新项目的名称' }).fill('茶饮连锁案例');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.locator('.project-title')).toHaveText('茶饮连锁案例');
  await expect(page.getByTestId('steps-next')).toContainText('PEST(EL) 分析');

  // Step 1, environment analysis: PEST factors and the SWOT.
  await go('PEST(EL) 分析');
  await add(page, '新的“政治”因素', '食品安全监管趋严');
  await add(page, '新的“经济”因素', '居民消费降级');
  await add(page, '新的“社会文化”因素', '年轻人偏好国潮');
  await add(page, '新的“科技”因素', '外卖平台普及');
  expect(await englishLeft(page)).toEqual([]);
  await go('SWOT 分析');
  await add(page, '“优势”中的新条目', '门店选址好');
  await add(page, '“劣势”中的新条目', '员工流动率高');
  await add(page, '“机会”中的新条目', '外卖订单增长');
  await add(page, '“威胁”中的新条目', '同类品牌价格战');
  expect(await englishLeft(page)).toEqual([]);

  // Step 2: a strategic objective with a measurable target, owner and date.
  await go('目标与标准');
  await add(page, '添加目标', '提高顾客复购率');
  await page.getByRole('textbox', { name: '目标 1 的可衡量指标' }).fill('一年内复购率达到 40%');
  await page.getByRole('textbox', { name: '目标 1 的负责人' }).fill('运营经理');
  await page.getByLabel('目标 1 的完成日期').fill('2027-12-31');
  await expect(page.getByTestId('objective-gaps')).toHaveText('完整');
  expect(await englishLeft(page)).toEqual([]);

  // Step 3: a TOWS strategy.
  await go('TOWS 矩阵');
  await add(page, '新的 SO 战略', '借助外卖平台扩大好地段门店的覆盖');
  expect(await englishLeft(page)).toEqual([]);

  // Step 5: the philosophy in the six parts, an action and a recovery step in the plan.
  await go('服务战略六方面');
  await page.getByRole('textbox', { name: '我们的服务理念' }).fill('每一杯都按标准制作，出错当场重做。');
  await expect(page.getByTestId('strategy-part').first().getByText('已写明服务理念。')).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  await go('实施计划');
  await add(page, '添加行动', '全员服务标准培训');
  await page.getByRole('textbox', { name: '行动 1 的负责人' }).fill('培训主管');
  await page.getByLabel('行动 1 的完成日期').fill('2027-03-31');
  await page.getByRole('textbox', { name: '“受理”的做法' }).fill('门店、电话、外卖平台均可受理');
  await expect(page.getByTestId('timeline-row')).toHaveCount(1);
  expect(await englishLeft(page)).toEqual([]);

  // The report: the course's chapters, the cover, the checklist.
  await go('报告');
  await expect(page.getByTestId('report')).toHaveAttribute('data-complete', 'true', { timeout: 20_000 });
  await page.getByLabel('作者').fill('第三组');
  await page.getByLabel('课程或客户').fill('服务管理');
  const report = page.getByTestId('report');
  for (const chapter of [
    '第 1 章 · 环境预测与分析',
    '第 2 章 · 战略目标的确定',
    '第 3 章 · 制定战略方案',
    '第 4 章 · 方案的评审与优化',
    '第 5 章 · 战略方案的实施',
  ])
    await expect(report.getByRole('heading', { name: chapter, level: 2 })).toBeVisible();
  await expect(report.getByText('每一杯都按标准制作，出错当场重做。')).toBeVisible();
  await expect(page.getByTestId('assignment-checklist').getByRole('listitem').last()).toHaveText(/已完成$/);
  expect(await englishLeft(page)).toEqual([]);
  await context.close();
});
