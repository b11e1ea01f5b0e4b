import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nReady } from '../../../src/i18n/i18n';
import { ReportTable } from '../../../src/features/report/ReportSection';

afterEach(cleanup);
beforeAll(() => i18nReady);

describe('a report table', () => {
  it('right-aligns a number column throughout, a dash for a missing rating included', () => {
    render(
      <ReportTable
        header={['Driver', 'Now']}
        rows={[
          ['Price war', 4],
          ['New rules', '–'],
        ]}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Now' }).className).toContain('num');
    expect(screen.getByRole('cell', { name: '–' }).className).toContain('num');
    expect(screen.getByRole('cell', { name: 'New rules' }).className).not.toContain('num');
  });

  it('says “not filled in yet” instead of printing bare headers', () => {
    render(<ReportTable header={['Driver', 'Now']} rows={[]} caption="Five forces" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/Five forces: Not filled in yet\./)).toBeTruthy();
  });
});
