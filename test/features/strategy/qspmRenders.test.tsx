import { cleanup, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseProject } from '../../../src/domain/project/parseProject';
import { scoringViewOf } from '../../../src/domain/strategy/analysis';
import { updateAlternative } from '../../../src/domain/strategy/edit';
import { i18nReady } from '../../../src/i18n/i18n';

// QspmRow is wrapped so that its renders are counted (see test/features/swot/keystrokeRenders.test.tsx).
const renders = vi.hoisted(() => ({ rows: 0 }));
vi.mock('../../../src/features/strategy/QspmRow', async (original) => {
  const { countedMemo } = await import('../countedMemo');
  const real = (await original<{ QspmRow: unknown }>()).QspmRow;
  return { QspmRow: countedMemo(real, () => (renders.rows += 1)) };
});
const { QspmTable } = await import('../../../src/features/strategy/QspmTable');

afterEach(cleanup);
beforeAll(() => i18nReady);

describe('the QSPM table', () => {
  it('draws no row again for an edit the scoring does not read (a typed note)', () => {
    const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
    if (!parsed.ok) throw new Error('example does not load');
    const project = parsed.value;
    const view = scoringViewOf(project);
    const { rerender } = render(<QspmTable view={view} criteria={false} />);
    expect(renders.rows).toBe(view.factors.length);
    renders.rows = 0;
    const noted = updateAlternative(project, project.strategy.alternatives[0]!.id, { note: 'typed' });
    rerender(<QspmTable view={scoringViewOf(noted)} criteria={false} />);
    expect(renders.rows).toBe(0);
  });
});
