import { expect, type Browser, type Page } from '@playwright/test';

/** The facilitator opens the workshop server's app (seeded with the example), then its Workshop page. */
export async function facilitatorWithRoom(
  browser: Browser,
  url: string,
): Promise<{ page: Page; link: string }> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await expect(page.getByRole('heading', { name: /SWOT/ })).toBeVisible();
  await page.getByRole('link', { name: 'Workshop' }).click();
  await page.getByRole('button', { name: 'Open a room' }).click();
  await expect(page.getByTestId('room-status')).toHaveText('Connected');
  const link = await page.getByTestId('join-link').inputValue();
  return { page, link };
}

/** A participant joins by the link, on a phone (390×844, touch) or a laptop, in a browser context of their own. */
export async function participant(browser: Browser, link: string, phone = false): Promise<Page> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: phone ? { width: 390, height: 844 } : { width: 1024, height: 768 },
    ...(phone && { isMobile: true, hasTouch: true }),
  });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByTestId('room-status')).toHaveText('Connected');
  return page;
}

/** A participant adds an idea to a slot (a quadrant, category, force…) and sees it among their own. */
export async function addIdea(page: Page, quadrant: string, text: string): Promise<void> {
  await page.getByRole('radio', { name: quadrant }).check();
  await page.getByRole('textbox', { name: 'Your idea' }).fill(text);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('own-idea').filter({ hasText: text })).toBeVisible();
}
