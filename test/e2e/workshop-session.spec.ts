import { expect, test, type Page } from '@playwright/test';
import { startWorkshopServer, type RunningServer } from './workshopServer';
import { addIdea, facilitatorWithRoom, participant } from './workshopRoom';

// A whole session: a projector and eight participants, each in a browser context of their own.
test.describe.configure({ timeout: 300_000 });

let server: RunningServer;
test.beforeAll(async () => {
  server = await startWorkshopServer(4300 + test.info().workerIndex);
});
test.afterAll(async () => server?.stop());

/** Runs `step` for every participant at once, as a room full of people would. */
const everyone = (pages: Page[], step: (page: Page, i: number) => Promise<void>) =>
  Promise.all(pages.map((page, i) => step(page, i)));

test('a facilitator runs SWOT → five forces → vote → choose with eight people on their phones and leaves with a project and a report', async ({
  browser,
}) => {
  const { page: facilitator, link } = await facilitatorWithRoom(browser, server.url);
  const keep = async () => {
    await facilitator.getByRole('button', { name: 'Keep these results in the report' }).click();
    await expect(facilitator.getByText(/^Kept in the report/)).toBeVisible();
  };
  const start = async (activity: string | null) => {
    if (activity) await facilitator.getByRole('radio', { name: activity }).check();
    await facilitator.getByRole('button', { name: 'Start this activity' }).click();
  };

  // 1. Brainstorm into the SWOT. Four phones and four laptops join by the link.
  await start(null);
  const people = await Promise.all(
    Array.from({ length: 8 }, (_, i) => participant(browser, link, i % 2 === 0)),
  );
  // A timer for the activity: the same countdown on the projector and on every phone.
  await facilitator.getByRole('spinbutton', { name: 'Minutes' }).fill('5');
  await facilitator.getByRole('button', { name: 'Set' }).click();
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await everyone(people, (page) => expect(page.getByRole('timer')).toHaveText(/^(5:00|4:5\d)$/));

  const ideas: [string, string][] = [
    ['Strengths', 'Own air network reaches every province'],
    ['Strengths', 'own AIR network reaches every province!'],
    ['Weaknesses', 'Claims take three weeks to settle'],
    ['Opportunities', 'Rural e-commerce is growing fast'],
    ['Threats', 'Price war led by franchise networks'],
    ['Opportunities', 'Rural e-commerce is growing fast.'],
    ['Opportunities', 'Customers want chat support'],
    ['Threats', 'Platforms build their own delivery fleets'],
  ];
  await everyone(people, (page, i) => addIdea(page, ...ideas[i]!));
  const roomIdeas = facilitator.getByTestId('room-idea');
  await expect(roomIdeas).toHaveCount(8);
  await expect(facilitator.getByTestId('participant-count')).toHaveText('Participants: 8');
  // The eight write at once: whichever of the two air-network ideas came second is marked as the same.
  const airNetwork = roomIdeas.filter({ hasText: /air network/i });
  await expect(airNetwork).toHaveCount(2);
  await expect(airNetwork.filter({ hasText: 'same as an earlier idea' })).toHaveCount(1);
  await facilitator.getByRole('button', { name: /^Add all ideas not yet added \(8\)/ }).click();
  await expect(
    facilitator.getByRole('button', { name: /^Add all ideas not yet added \(0\)/ }),
  ).toBeDisabled();
  await keep();
  // Nothing on a phone is wider than the phone.
  for (const phone of people.filter((_, i) => i % 2 === 0))
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // 2. Five forces: everyone rates the first driver; the means become the drivers' ratings.
  await start('Rate the five-forces drivers (1–5)');
  const ratings = ['5', '4', '4', '3', '5', '4', '3', '4'];
  await everyone(people, (page, i) =>
    page.getByRole('radiogroup').first().getByRole('radio', { name: ratings[i]!, exact: true }).check(),
  );
  const driver = facilitator.getByTestId('rating-results').getByRole('row').nth(1);
  // Ratings 5, 4, 4, 3, 5, 4, 3, 4: mean 4.0, sample SD √(4/7) ≈ 0.8, range 3–5.
  await expect(driver.getByRole('cell')).toHaveText(['8', '4.0', '0.8', '3–5', /./]);
  await facilitator.getByRole('button', { name: 'Use the means as the drivers’ ratings now' }).click();
  await expect(driver.getByRole('cell').last()).toHaveText('4');
  await keep();

  // 3. A dot vote on the SWOT items: 3 dots each, at most 2 on one item; hidden until revealed.
  await facilitator.getByRole('radio', { name: 'Dot vote on the SWOT items' }).check();
  await facilitator.getByRole('spinbutton', { name: 'Dots per person' }).fill('3');
  await facilitator.getByRole('spinbutton', { name: 'Most dots on one item' }).fill('2');
  await start(null);
  const more = (page: Page, item: RegExp) =>
    page.getByRole('button', { name: item }).and(page.locator('[aria-label^="One dot more"]'));
  await everyone(people, async (page) => {
    await expect(page.getByTestId('dots-left')).toHaveText('3 of 3 dots left');
    await more(page, /air network/i).click();
    await more(page, /air network/i).click();
    await more(page, /Rural e-commerce/).click();
    await expect(page.getByTestId('dots-left')).toHaveText('0 of 3 dots left');
  });
  await expect(facilitator.getByTestId('vote-progress')).toHaveText(
    '8 of 8 have voted. The votes are hidden until you reveal them.',
  );
  await facilitator.getByRole('button', { name: 'Reveal the votes' }).click();
  const results = facilitator.getByTestId('vote-results').getByRole('listitem');
  await expect(results.first()).toContainText(/air network/i);
  await expect(results.first()).toContainText('16 dots');
  await expect(results.nth(1)).toContainText('8 dots');
  await keep();
  // The dots become the IFE/EFE weights: each matrix's only voted item weighs 1.00.
  await facilitator.getByRole('button', { name: 'Use the votes as IFE/EFE weights…' }).click();
  await facilitator.getByRole('button', { name: 'Apply the weights' }).click();
  await expect(facilitator.getByText('Weights applied to the IFE/EFE matrices.')).toBeVisible();

  // 4. Choose: everyone scores two alternatives on the first key factor; the means become the QSPM scores.
  await start('Score the alternatives on the key factors (QSPM)');
  const cell = (page: Page, alternative: string) =>
    page.getByRole('radiogroup', { name: new RegExp(`^Your rating of “${alternative}: `) }).first();
  await everyone(people, async (page, i) => {
    await cell(page, 'Cost leadership').getByRole('radio', { name: '4', exact: true }).check();
    await cell(page, 'Differentiation')
      .getByRole('radio', { name: i < 4 ? '1' : '2', exact: true })
      .check();
  });
  const scores = facilitator.getByTestId('score-results');
  // Cost leadership: eight 4s (mean 4.0, no spread); differentiation: four 1s and four 2s (mean 1.5).
  await expect(
    scores
      .getByRole('row', { name: /^Cost leadership: / })
      .first()
      .getByRole('cell'),
  ).toHaveText(['8', '4.0', '0.0', '4–4', /./]);
  await expect(
    scores
      .getByRole('row', { name: /^Differentiation: / })
      .first()
      .getByRole('cell')
      .nth(1),
  ).toHaveText('1.5');
  await facilitator
    .getByRole('button', {
      name: 'Use the means as the QSPM scores, and the participants’ scores in the Monte Carlo',
    })
    .click();
  await keep();
  await facilitator.getByRole('link', { name: 'Strategy choice' }).click();
  await facilitator
    .getByRole('combobox', { name: 'Chosen alternative' })
    .selectOption({ label: 'Cost leadership' });

  // The project keeps it all, and the report records the session: four activities of eight people each.
  await facilitator.getByRole('link', { name: 'SWOT', exact: true }).click();
  await expect(
    facilitator.getByRole('region', { name: 'Strengths' }).locator('.item-text').last(),
  ).toHaveValue(/^own air network reaches every province!?$/i);
  await facilitator.getByRole('link', { name: 'Report' }).click();
  const report = facilitator.getByTestId('report');
  await expect(report.locator('#report-swot').getByRole('row', { name: /air network/i })).toContainText(
    // Participants are numbered in the order they first wrote: here, all at once.
    /Anonymous \d \(.+\), Anonymous \d \(.+\)/,
  );
  // After the example's three kept activities, this session's four, each of eight people.
  const records = report.getByTestId('report-workshop-record');
  await expect(records).toHaveCount(7);
  await expect(records.getByRole('heading')).toHaveText([
    /^Brainstorm: /,
    /^Dot vote: /,
    /^Rating: /,
    /^Brainstorm: What are our strengths/,
    /^Rating: How strong is each driver/,
    /^Dot vote: Which items matter most/,
    /^QSPM scores: How attractive is each alternative/,
  ]);
  for (let i = 3; i < 7; i += 1) await expect(records.nth(i)).toContainText('8 participants');
  // The example had chosen differentiation; the group's choice is in the report.
  await expect(report.locator('#report-strategy')).toContainText('Chosen alternative: Cost leadership');
});
