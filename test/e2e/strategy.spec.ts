import { expect, test, type Page } from '@playwright/test';
import { addItems, createBlankProject, openFresh, waitSaved } from './helpers';

async function goToStrategy(page: Page) {
  await page.getByRole('link', { name: 'Strategy choice' }).click();
  await expect(page.getByRole('heading', { name: 'Strategy choice', level: 1 })).toBeVisible();
}

const rankingNames = (page: Page) => page.getByTestId('ranking').locator('li strong').allInnerTexts();

test('score the alternatives on the weighted SWOT items, see the ranking and the tornado; reload keeps it', async ({
  page,
}) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['Own fleet']);
  await addItems(page, 'Weaknesses', ['High prices']);
  await addItems(page, 'Opportunities', ['Cold chain']);
  await addItems(page, 'Threats', ['Price war']);
  await page.getByRole('link', { name: 'IFE / EFE' }).click();
  // The SWOT's own weight fields have the same names: type on the matrices, once they are on screen.
  await expect(
    page.getByRole('heading', { name: 'IFE and EFE matrices, IE matrix', level: 1 }),
  ).toBeVisible();
  for (const [label, weight] of [
    ['S1', '0.6'],
    ['W1', '0.4'],
    ['O1', '0.7'],
    ['T1', '0.3'],
  ] as const)
    await page.getByRole('textbox', { name: `${label} weight (0–1)` }).fill(weight);
  await expect(page.getByRole('textbox', { name: 'S1 weight (0–1)' })).toHaveValue('0.6');
  await goToStrategy(page);
  await expect(page.getByTestId('weight-sums')).toContainText('together 2.00');
  await expect(page.getByTestId('pending')).toContainText('4 key factors are not scored');

  const score = (alternative: string, label: string, value: string) =>
    page.getByRole('combobox', { name: `AS of ${alternative} for ${label}` }).selectOption(value);
  // Only cost leadership and differentiation are compared: remove the two focus strategies.
  await page.getByRole('button', { name: 'Remove Cost focus' }).click();
  await page.getByRole('button', { name: 'Remove Differentiation focus' }).click();
  for (const [label, cl, di] of [
    ['S1', '2', '4'],
    ['W1', '4', '2'],
    ['O1', '1', '4'],
  ] as const) {
    await score('Cost leadership', label, cl);
    await score('Differentiation', label, di);
  }
  // A dash in one column only is refused at the row; a dash for all counts the row as not affecting the choice.
  await score('Cost leadership', 'T1', 'dash');
  await score('Differentiation', 'T1', '3');
  await expect(page.getByTestId('qspm-row').filter({ hasText: 'Price war' })).toContainText(
    'A dash must go to every alternative in this row',
  );
  await page.getByRole('button', { name: 'A dash for every alternative on T1' }).click();
  await expect(page.getByTestId('pending')).toHaveCount(0);

  // Cost leadership 0.6×2 + 0.4×4 + 0.7×1 = 3.50; differentiation 0.6×4 + 0.4×2 + 0.7×4 = 6.00.
  await expect(page.getByTestId('sum-tas')).toHaveText(['3.50', '6.00']);
  expect(await rankingNames(page)).toEqual(['Differentiation', 'Cost leadership']);
  await expect(page.getByTestId('tornado-row')).toHaveCount(3);
  await expect(page.getByTestId('verdict')).toContainText('Differentiation');
  await expect(page.getByTestId('monte-carlo')).toContainText('Differentiation');

  await page.getByLabel('Chosen alternative').selectOption({ label: 'Differentiation' });
  await page.getByLabel('Positioning concept').fill('the dependable express');
  await expect(page.getByTestId('statement')).toContainText('is the dependable express that');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('sum-tas')).toHaveText(['3.50', '6.00']);
  await expect(page.getByLabel('Chosen alternative')).toHaveValue(/.+/);
  await expect(page.getByTestId('statement')).toContainText('the dependable express');
});

test('changing a weight past its flip point changes the leader, as the flip table said', async ({ page }) => {
  await openFresh(page);
  await goToStrategy(page);
  expect((await rankingNames(page))[0]).toBe('Differentiation');
  const t1 = page.getByTestId('flip-row').filter({ hasText: 'T1' });
  // Differentiation leads while T1 (the price war) weighs up to 0.44, then differentiation focus does.
  await expect(t1).toContainText('0.00 – 0.44');
  await expect(t1).toContainText('Differentiation focus');
  const tryWeight = page.getByRole('textbox', { name: 'Try a weight for T1, the others rescaled' });
  await tryWeight.fill('0.43');
  await expect(page.getByRole('textbox', { name: 'Weight of T1' })).toHaveValue('0.43');
  await expect.poll(async () => (await rankingNames(page))[0]).toBe('Differentiation');
  await tryWeight.fill('0.46');
  await expect.poll(async () => (await rankingNames(page))[0]).toBe('Differentiation focus');
  await expect(page.getByTestId('leader-text')).toContainText('Differentiation focus leads');
  await expect(page.getByText('Differentiation focus is not the leader')).toHaveCount(0);
  await expect(page.getByText(/Differentiation is not the leader of the scoring/)).toBeVisible();
});

test('the same Monte Carlo seed gives the same shares after a reload; another seed may differ', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openFresh(page);
  await goToStrategy(page);
  const table = page.getByTestId('monte-carlo');
  // The runs happen in a Web Worker; the table says it is busy until the shares for these inputs are in.
  const shares = async () => {
    await expect(table).toHaveAttribute('aria-busy', 'false');
    await expect(table).not.toContainText('Calculating');
    return table.locator('td').allInnerTexts();
  };
  const first = await shares();
  expect(workers.some((url) => /monteCarlo/.test(url))).toBe(true);
  // Two seeds in a row: the first run is superseded, and the table shows the second seed's shares.
  await page.getByTestId('seed').getByRole('textbox').fill('3');
  await page.getByTestId('seed').getByRole('textbox').fill('7');
  await expect.poll(shares).not.toEqual(first);
  const seven = await shares();
  await waitSaved(page);
  await page.reload();
  await expect.poll(shares).toEqual(seven);
});

test('weighted criteria with AHP weights: a consistent set applies, an intransitive one is flagged', async ({
  page,
}) => {
  await openFresh(page);
  await goToStrategy(page);
  await page.getByRole('radio', { name: 'Weighted criteria of our own' }).check();
  await expect(page.getByText('No weighted criteria yet')).toBeVisible();
  for (const name of ['Cost to serve', 'Speed', 'Coverage']) {
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    const n = await page.getByTestId('criterion').count();
    await page.getByRole('textbox', { name: `Criterion ${n}`, exact: true }).fill(name);
  }
  await page.getByText('Weights from pairwise comparisons (AHP)').click();
  const pair = (a: string, b: string) =>
    page.getByRole('combobox', { name: new RegExp(`^${a} compared with ${b}`) });
  // Cost 2× speed, speed 2× coverage, cost 4× coverage: perfectly consistent, weights 4 : 2 : 1.
  await pair('Cost to serve', 'Speed').selectOption({ label: '2 · Cost to serve more important' });
  await pair('Speed', 'Coverage').selectOption({ label: '2 · Speed more important' });
  await pair('Cost to serve', 'Coverage').selectOption({ label: '4 · Cost to serve more important' });
  await expect(page.getByTestId('ahp-weights')).toContainText('57.1%');
  await expect(page.getByTestId('ahp-cr')).toContainText('Consistency ratio 0.000');
  await expect(page.getByTestId('ahp-cr')).toContainText(
    'random index 0.58 from Saaty (1980) for 3 criteria',
  );
  await page.getByRole('button', { name: 'Use the AHP weights' }).click();
  await expect(page.getByRole('textbox', { name: 'Weight of criterion 1 (%)' })).toHaveValue('57.14');
  await expect(page.getByTestId('weight-sums')).toContainText('Weights sum to 100.0%');
  // Coverage more important than cost, while cost beats speed and speed beats coverage: intransitive.
  await pair('Cost to serve', 'Coverage').selectOption({ label: '5 · Coverage more important' });
  await expect(page.getByRole('alert').filter({ hasText: 'consistency ratio is above 0.10' })).toBeVisible();
});
