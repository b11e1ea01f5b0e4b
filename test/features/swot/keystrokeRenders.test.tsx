import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseProject } from '../../../src/domain/project/parseProject';
import { i18nReady } from '../../../src/i18n/i18n';
import { showProject } from '../../../src/state/store';

// Each row component is wrapped so that its renders are counted: a keystroke in one item must render that
// item's row only, not every row of the list (dnd-kit sensors re-created on each render once made every
// sortable row render again; at 800 items that was most of a 200 ms keystroke).
const renders = vi.hoisted(() => ({ swot: 0, tows: 0 }));
vi.mock('../../../src/features/swot/SwotItemRow', async (original) => {
  const { countedMemo } = await import('../countedMemo');
  const real = (await original<{ SwotItemRow: unknown }>()).SwotItemRow;
  return { SwotItemRow: countedMemo(real, () => (renders.swot += 1)) };
});
vi.mock('../../../src/features/swot/TowsStrategyRow', async (original) => {
  const { countedMemo } = await import('../countedMemo');
  const real = (await original<{ TowsStrategyRow: unknown }>()).TowsStrategyRow;
  return { TowsStrategyRow: countedMemo(real, () => (renders.tows += 1)) };
});

const { SwotCanvas } = await import('../../../src/features/swot/SwotCanvas');
const { TowsMatrix } = await import('../../../src/features/swot/TowsMatrix');

function openExample() {
  const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
  if (!parsed.ok) throw new Error('example does not load');
  act(() => showProject(parsed.value, 1));
}

afterEach(cleanup);
beforeAll(() => i18nReady);

describe('a keystroke renders the row typed in, not the whole list', () => {
  it('SWOT: typing in S1 renders one of the 20 rows', () => {
    openExample();
    render(<SwotCanvas />);
    expect(renders.swot).toBe(20);
    const field = screen.getByRole('textbox', { name: 'S1 text' });
    renders.swot = 0;
    fireEvent.change(field, { target: { value: 'Own air and ground network, typed' } });
    expect(renders.swot).toBe(1);
  });

  it('TOWS: typing in SO1 renders one of the 8 strategies', () => {
    openExample();
    render(<TowsMatrix />);
    expect(renders.tows).toBe(8);
    renders.tows = 0;
    fireEvent.change(screen.getByRole('textbox', { name: 'SO strategy 1' }), { target: { value: 'Typed' } });
    expect(renders.tows).toBe(1);
  });
});
