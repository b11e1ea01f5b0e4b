import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { contributionFileOf } from '../../src/domain/workshop/contributionFile';
import type { Quadrant } from '../../src/domain/project/types';
import { seriousViolations } from './axe';
import { addItems, createBlankProject, itemTexts, waitSaved } from './helpers';

/** A participant's file as the join page saves it. */
function participantFile(name: string, pid: string, who: string, ideas: [Quadrant, string][]): string {
  const path = test.info().outputPath(name);
  const file = contributionFileOf(
    { id: pid, name: who },
    { id: 'act-1', prompt: 'Our SWOT' },
    ideas.map(([slot, text], i) => ({ id: `i${i}`, slot, text, at: `2026-12-03T09:0${i}:00.000Z` })),
    '2026-12-03T09:30:00.000Z',
  );
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

test('merging three participants’ files: duplicates join, a conflict is chosen side by side, bad files are named, who gave each item is in the report', async ({
  page,
}) => {
  await createBlankProject(page);
  await addItems(page, 'Strengths', ['Own air network']);
  const files = [
    participantFile('alice.json', 'alice-key-000000000000', 'Alice', [
      ['strengths', 'Fast delivery!'],
      ['threats', 'Price war'],
    ]),
    participantFile('bob.json', 'bob-key-0000000000000000', '', [
      ['strengths', 'ＦＡＳＴ　ＤＥＬＩＶＥＲＹ'],
      ['strengths', 'own air network'],
    ]),
    participantFile('carol.json', 'carol-key-000000000000', '', [
      ['opportunities', 'price war'],
      ['weaknesses', '服务慢。'],
    ]),
  ];
  const project = test.info().outputPath('project.json');
  writeFileSync(project, JSON.stringify({ schemaVersion: 5, name: 'Not ideas' }));
  const broken = test.info().outputPath('broken.json');
  writeFileSync(broken, '{"format":"ssw-workshop-ideas","version":1,"ideas":[');

  await page.getByRole('link', { name: 'Workshop' }).click();
  await page
    .getByLabel('Participants’ files', { exact: true })
    .and(page.locator('input'))
    .setInputFiles([...files, project, broken]);
  await expect(page.getByTestId('merge-errors').getByRole('listitem')).toHaveText([
    /project\.json: not a participant’s file/,
    /broken\.json: not a JSON file/,
  ]);
  await expect(page.getByTestId('merge-summary')).toHaveText(
    '3 files read: 6 ideas from 3 participants. Merging adds 4 new items; 1 ideas join items already in the SWOT; 0 were merged before.',
  );
  // "Price war" was given as a threat by Alice and as an opportunity by anonymous 3: shown side by side.
  const conflict = page.getByTestId('merge-conflicts').getByRole('listitem');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.locator('.conflict-side')).toHaveText([
    /Opportunities.*price war.*Anonymous 3/,
    /Threats.*Price war.*Alice/,
  ]);
  expect(await seriousViolations(page)).toEqual([]);
  await conflict.getByRole('radio', { name: 'Only in Threats' }).check();
  await expect(page.getByTestId('merge-summary')).toContainText('Merging adds 3 new items');
  await page.getByRole('button', { name: 'Merge into the SWOT' }).click();
  await expect(page.getByText(/^Merged: 3 new items, 1 ideas joined existing ones/)).toBeVisible();

  await page.getByRole('link', { name: 'SWOT', exact: true }).click();
  await expect.poll(() => itemTexts(page, 'Strengths')).toEqual(['Own air network', 'Fast delivery!']);
  await expect.poll(() => itemTexts(page, 'Threats')).toEqual(['Price war']);
  await expect.poll(() => itemTexts(page, 'Opportunities')).toEqual([]);
  await expect.poll(() => itemTexts(page, 'Weaknesses')).toEqual(['服务慢。']);
  // One step: undo takes the whole merge back, redo brings it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => itemTexts(page, 'Strengths')).toEqual(['Own air network']);
  await expect.poll(() => itemTexts(page, 'Threats')).toEqual([]);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => itemTexts(page, 'Threats')).toEqual(['Price war']);

  // Merging the same files again adds nothing.
  await page.getByRole('link', { name: 'Workshop' }).click();
  await page
    .getByLabel('Participants’ files', { exact: true })
    .and(page.locator('input'))
    .setInputFiles(files);
  await expect(page.getByTestId('merge-summary')).toContainText(
    'Nothing new to merge: every idea in these files is in the SWOT already.',
  );
  await expect(page.getByRole('button', { name: 'Merge into the SWOT' })).toBeDisabled();
  await expect(page.getByTestId('workshop-records')).toContainText('Merged files');

  // The report names who gave each item, and records the merge.
  await waitSaved(page);
  await page.reload();
  await page.getByRole('link', { name: 'Report' }).click();
  const report = page.getByTestId('report');
  const swotSection = report.locator('#report-swot');
  await expect(swotSection.getByRole('row', { name: /Fast delivery!/ })).toContainText(
    /Alice \(.+\), Anonymous 2 \(.+\)/,
  );
  await expect(swotSection.getByRole('row', { name: /Own air network/ })).toContainText(/Anonymous 2/);
  await expect(swotSection.getByRole('row', { name: /^T1 Price war/ })).toContainText(
    /Anonymous 3 \(.+\), Alice \(.+\)/,
  );
  await expect(report.getByTestId('report-workshop-record')).toContainText(
    'Merged files: Ideas merged from 3 participants’ files',
  );
});

test('a join link pasted into the app’s tab opens the room page, and the app’s address opens the app again', async ({
  page,
}) => {
  await createBlankProject(page);
  await page.evaluate(() => (window.location.hash = '#/join/AAAAAAAAAAAAAAAAAAAAAA'));
  await expect(page.getByText('Workshop room', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Projects' })).toHaveCount(0);
  await page.evaluate(() => (window.location.hash = '#/'));
  await expect(page.getByRole('link', { name: 'Projects' })).toBeVisible();
});

test('files from a brainstorm into the PEST(EL) merge as factors beside a SWOT file, each text once, in one undo step', async ({
  page,
}) => {
  await createBlankProject(page);
  const swot = participantFile('swot.json', 'erin-key-0000000000000', '', [['threats', 'Price war']]);
  const pestel = (name: string, pid: string, ideas: [string, string][]) => {
    const path = test.info().outputPath(name);
    const file = contributionFileOf(
      { id: pid, name: '' },
      { id: 'act-2', prompt: 'What affects us?', canvas: 'pestel' },
      ideas.map(([slot, text], i) => ({ id: `p${i}`, slot, text, at: `2026-12-03T10:0${i}:00.000Z` })),
      '2026-12-03T10:30:00.000Z',
    );
    writeFileSync(path, JSON.stringify(file));
    return path;
  };
  const files = [
    swot,
    pestel('frank.json', 'frank-key-00000000000', [
      ['economic', 'Fuel prices rise'],
      ['legal', 'A new courier labour law'],
    ]),
    pestel('gina.json', 'gina-key-000000000000', [['economic', 'fuel prices rise!']]),
  ];
  await page.getByRole('link', { name: 'Workshop' }).click();
  const chooser = page.getByLabel('Participants’ files', { exact: true }).and(page.locator('input'));
  await chooser.setInputFiles(files);
  await expect(page.getByTestId('merge-summary')).toContainText('3 files read: 4 ideas from 3 participants.');
  await expect(page.getByTestId('merge-other-canvases')).toHaveText(
    '3 ideas for the PEST(EL) (an idea already there is not added again: its giver joins it).',
  );
  await page.getByRole('button', { name: 'Merge into the project' }).click();
  await expect(page.getByText(/The other canvases’ ideas were added/)).toBeVisible();
  await waitSaved(page);

  await page.getByRole('link', { name: 'PEST(EL)', exact: true }).click();
  const factors = page.getByRole('textbox', { name: / text$/ });
  const values = () => factors.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  await expect.poll(values).toEqual(['Fuel prices rise', 'A new courier labour law']);
  // The report says who gave each factor: both participants gave the fuel prices (numbered across all files).
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  const pestelRows = page.locator('#report-pestel table tbody tr');
  await expect(page.locator('#report-pestel table thead')).toContainText('Given by');
  await expect(pestelRows.filter({ hasText: 'Fuel prices rise' })).toContainText(
    /Anonymous 2 \(.+\), Anonymous 3 \(.+\)/,
  );
  await expect(pestelRows.filter({ hasText: 'labour law' })).toContainText('Anonymous 2 (');
  // The SWOT file's idea has its giver too (participant 1: the first file).
  await expect(page.locator('#report-swot table').last()).toContainText('Anonymous 1 (');
  await page.getByRole('link', { name: 'SWOT', exact: true }).click();
  await expect.poll(() => itemTexts(page, 'Threats')).toEqual(['Price war']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => itemTexts(page, 'Threats')).toEqual([]);
  await page.getByRole('link', { name: 'PEST(EL)', exact: true }).click();
  await expect(factors).toHaveCount(0);
});
