import { expect, test, type Browser, type Page } from '@playwright/test';
import { startWorkshopServer, type RunningServer } from './workshopServer';

// Each worker runs its own workshop server (app + relay) on its own port.
let server: RunningServer;
let port: number;
test.beforeAll(async () => {
  port = 4290 + test.info().workerIndex;
  server = await startWorkshopServer(port);
});
test.afterAll(async () => server?.stop());

/** The facilitator opens the workshop server's app (seeded with the example), then its Workshop page. */
async function facilitatorWithRoom(browser: Browser): Promise<{ page: Page; link: string }> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { name: /SWOT/ })).toBeVisible();
  await page.getByRole('link', { name: 'Workshop' }).click();
  await page.getByRole('button', { name: 'Open a room' }).click();
  await expect(page.getByTestId('room-status')).toHaveText('Connected');
  const link = await page.getByTestId('join-link').inputValue();
  return { page, link };
}

async function participant(browser: Browser, link: string, phone = false): Promise<Page> {
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

async function addIdea(page: Page, quadrant: string, text: string): Promise<void> {
  await page.getByRole('radio', { name: quadrant }).check();
  await page.getByRole('textbox', { name: 'Your idea' }).fill(text);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('own-idea').filter({ hasText: text })).toBeVisible();
}

test('a facilitator and three participants brainstorm into the SWOT, then dot-vote with a budget', async ({
  browser,
}) => {
  const { page: facilitator, link } = await facilitatorWithRoom(browser);
  expect(link).toMatch(new RegExp(`^${server.url}/#/join/[A-Za-z0-9_-]{22}$`));
  await facilitator.getByRole('button', { name: 'Start this activity' }).click();

  const [p1, p2, phone] = await Promise.all([
    participant(browser, link),
    participant(browser, link),
    participant(browser, link, true),
  ]);
  await expect(phone.getByRole('heading', { name: /strengths, weaknesses/ })).toBeVisible();
  await expect(phone.getByText('Your ideas are anonymous.')).toBeVisible();
  // Nothing on the phone is wider than the phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await addIdea(p1, 'Strengths', 'Friendly hotline staff');
  await addIdea(p2, 'Threats', 'Price war with a new entrant');
  await addIdea(phone, 'Strengths', 'friendly  HOTLINE staff!');
  await addIdea(phone, 'Opportunities', 'Chat support for young customers');
  // Bad input is explained where it is typed, and nothing is sent.
  await p1.getByRole('textbox', { name: 'Your idea' }).fill('   ');
  await p1.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(p1.getByText('Type an idea first.')).toBeVisible();

  const ideas = facilitator.getByTestId('room-idea');
  await expect(ideas).toHaveCount(4);
  await expect(facilitator.getByTestId('participant-count')).toHaveText('Participants: 3');
  await expect(ideas.filter({ hasText: 'friendly  HOTLINE staff!' })).toContainText(
    'same as an earlier idea',
  );
  await expect(ideas.filter({ hasText: 'Chat support' })).toContainText('Anonymous 3');

  // A participant withdraws an idea: it leaves the facilitator's screen.
  await p2.getByRole('button', { name: 'Withdraw: Price war with a new entrant' }).click();
  await expect(ideas).toHaveCount(3);

  // The new ideas (not the duplicate) go into the SWOT in one step, which undo takes back.
  await facilitator.getByRole('button', { name: 'Add all new ideas to the SWOT (2)' }).click();
  await expect(facilitator.getByRole('button', { name: 'Add all new ideas to the SWOT (0)' })).toBeDisabled();
  await facilitator.getByRole('link', { name: 'SWOT', exact: true }).click();
  const strengths = facilitator.getByRole('region', { name: 'Strengths' });
  await expect(strengths.locator('.item-text').last()).toHaveValue('Friendly hotline staff');
  await expect(
    facilitator.getByRole('region', { name: 'Opportunities' }).locator('.item-text').last(),
  ).toHaveValue('Chat support for young customers');

  // A dot vote on the SWOT items: 3 dots each, at most 2 on one item.
  await facilitator.getByRole('link', { name: 'Workshop' }).click();
  await facilitator.getByRole('radio', { name: 'Dot vote on the SWOT items' }).check();
  await facilitator.getByRole('spinbutton', { name: 'Dots per person' }).fill('3');
  await facilitator.getByRole('spinbutton', { name: 'Most dots on one item' }).fill('2');
  await facilitator.getByRole('button', { name: 'Start this activity' }).click();

  const more = (page: Page, label: RegExp) =>
    page.getByRole('button', { name: label }).and(page.locator('[aria-label^="One dot more"]'));
  await expect(phone.getByTestId('dots-left')).toHaveText('3 of 3 dots left');
  await more(phone, /Friendly hotline staff/).click();
  await more(phone, /Friendly hotline staff/).click();
  // The most on one item is reached: its + is disabled; one dot is left for another.
  await expect(more(phone, /Friendly hotline staff/)).toBeDisabled();
  await expect(phone.getByTestId('dots-left')).toHaveText('1 of 3 dots left');
  await more(phone, /Chat support/).click();
  await expect(phone.getByTestId('dots-left')).toHaveText('0 of 3 dots left');
  await expect(more(phone, /Chat support/)).toBeDisabled();
  for (const p of [p1, p2]) {
    await more(p, /Friendly hotline staff/).click();
    await more(p, /Chat support/).click();
  }
  await expect(facilitator.getByTestId('vote-progress')).toHaveText(
    '3 of 3 have voted. The votes are hidden until you reveal them.',
  );
  await expect(facilitator.getByTestId('vote-results')).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Reveal the votes' }).click();
  const first = facilitator.getByTestId('vote-results').getByRole('listitem').first();
  await expect(first).toContainText('Friendly hotline staff');
  await expect(first).toContainText('4 dots');
  await expect(facilitator.getByTestId('vote-results').getByRole('listitem').nth(1)).toContainText('3 dots');
});
