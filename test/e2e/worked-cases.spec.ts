import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { englishLeft } from './englishLeft';
import { openFresh } from './helpers';

/** The library's worked cases, as a student finds them from any project. */
async function library(page: Page, projects: string) {
  await page.getByRole('link', { name: projects, exact: true }).first().click();
}

test('a worked case in Chinese: the DHL call centre opens as a copy on its six parts, says what 100% in 13 s costs, and reports every chapter', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'SWOT 分析', level: 1 })).toBeVisible();
  await library(page, '项目');
  const cases = page.getByRole('region', { name: '课程案例' });
  await expect(cases.getByRole('heading', { level: 3 })).toHaveText([
    'DHL 呼叫中心',
    '以服务著称的连锁餐厅',
    '电商客服团队',
  ]);
  expect(await englishLeft(page)).toEqual([]);

  await cases.getByRole('button', { name: '打开“DHL 呼叫中心”的副本' }).click();
  await expect(page.getByRole('heading', { name: '服务战略六方面', level: 1 })).toBeVisible();
  await expect(page.locator('.project-title')).toHaveText('DHL 呼叫中心（课程案例）');
  // Every part complete: the case is a whole project, not a fragment.
  await expect(page.getByTestId('strategy-part')).toHaveCount(6);
  await expect(page.locator('.summary-state.done')).toHaveCount(6);
  expect(await englishLeft(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  // "100% within 13 s" in Erlang C terms: the model holds 99.9%, 16 agents answer 99.96% — never 100%.
  await page.getByRole('link', { name: '服务水平与成本', exact: true }).click();
  await expect(page.getByTestId('today-text')).toContainText('当前：服务水平 99.96%');
  const high = page.getByTestId('high-targets');
  await expect(high.getByRole('row').filter({ hasText: '99.9%' })).toContainText('16');
  await expect(page.getByTestId('never-100')).toContainText('13 秒');
  expect(await englishLeft(page)).toEqual([]);

  // The report: each step's chapter, and the assignment checklist asks only for the cover.
  await page.getByRole('link', { name: '报告', exact: true }).click();
  const checklist = page.getByTestId('assignment-checklist');
  await expect(checklist.locator('li')).toHaveCount(7);
  await expect(checklist.locator('li.done')).toHaveCount(6);
  expect(await englishLeft(page)).toEqual([]);
  await context.close();
});

test('the other worked cases open whole in English; a case that cannot be fetched says so and changes nothing', async ({
  page,
}) => {
  await openFresh(page);
  await library(page, 'Projects');
  const rows = page.getByTestId('project-row');
  await expect(rows).toHaveCount(1);

  // The network fails: the message is by the case, the library is as it was.
  await page.route('**/examples/hotpot-chain.en.json', (route) => route.abort());
  const cases = page.getByRole('region', { name: 'Worked cases from the course' });
  const hotpot = cases.getByRole('listitem').filter({ hasText: 'A restaurant chain known for its service' });
  await hotpot
    .getByRole('button', { name: 'Open a copy of “A restaurant chain known for its service”' })
    .click();
  await expect(hotpot.getByRole('alert')).toContainText('The case could not be loaded');
  await expect(rows).toHaveCount(1);

  await page.unroute('**/examples/hotpot-chain.en.json');
  await hotpot.getByRole('button', { name: /Open a copy/ }).click();
  await expect(page.locator('.project-title')).toHaveText('Red Pot hot-pot chain (worked case)');
  await expect(page.locator('.summary-state.done')).toHaveCount(6);

  await library(page, 'Projects');
  await expect(rows).toHaveCount(2);
  await cases.getByRole('button', { name: 'Open a copy of “An e-commerce customer-service team”' }).click();
  await expect(page.locator('.summary-state.done')).toHaveCount(6);
  // The festival day: 14,340 chats planned per half-hour, the opening half-hour short of staff.
  await page.getByRole('link', { name: 'Service vs cost', exact: true }).click();
  await page.getByRole('button', { name: /Chat desk on the festival day/ }).click();
  const day = page.getByTestId('day-plan');
  await expect(day.getByTestId('day-totals')).toContainText('The day: 14,340 calls');
  await expect(day.getByTestId('day-roster-totals')).toContainText('With the roster (48 intervals)');
  // The channel mix and an Erlang A day plan on one page: nothing serious for axe either.
  expect(await seriousViolations(page)).toEqual([]);
  // The report's appendix gives e-mail's target in hours, as its page does (it said 14400 s).
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('row', { name: /^E-mail/ })).toContainText('90% answered within 4 h');
});
