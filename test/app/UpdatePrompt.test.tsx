import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18nReady } from '../../src/i18n/i18n';
import { useAppStore } from '../../src/state/store';

// The service worker's side is vite-plugin-pwa's; what is ours is when the prompt lets the user reload.
const sw = vi.hoisted(() => ({
  needRefresh: true,
  offlineReady: false,
  setOfflineReady: vi.fn(),
  update: vi.fn(async () => {}),
}));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [sw.needRefresh, () => {}],
    offlineReady: [sw.offlineReady, sw.setOfflineReady],
    updateServiceWorker: sw.update,
  }),
}));
const { OFFLINE_NOTICE_MS, UpdatePrompt } = await import('../../src/app/UpdatePrompt');

afterEach(cleanup);
beforeAll(() => i18nReady);

describe('the update prompt', () => {
  it('reloads into the new version only when asked, and not while a save is pending or has failed', () => {
    act(() => useAppStore.getState().setSave({ kind: 'pending' }));
    render(<UpdatePrompt />);
    const reload = screen.getByRole('button', { name: 'Reload to update' }) as HTMLButtonElement;
    expect(screen.getByText('A new version of the workbench is available.')).toBeTruthy();
    expect(reload.disabled).toBe(true);
    expect(screen.getByText(/being saved/)).toBeTruthy();

    act(() => useAppStore.getState().setSave({ kind: 'failed', reason: 'quota', detail: '' }));
    expect(reload.disabled).toBe(true);
    expect(screen.getByText(/not saved: export the project/)).toBeTruthy();
    expect(sw.update).not.toHaveBeenCalled();

    act(() => useAppStore.getState().setSave({ kind: 'saved', at: '2026-12-02T12:00:00Z' }));
    expect(reload.disabled).toBe(false);
    fireEvent.click(reload);
    expect(sw.update).toHaveBeenCalledTimes(1);
  });

  it('waits while a room watches the presentation, and shows again on leaving it', () => {
    const { rerender } = render(<UpdatePrompt quiet />);
    expect(screen.queryByTestId('update-available')).toBeNull();
    rerender(<UpdatePrompt />);
    expect(screen.getByTestId('update-available')).toBeTruthy();
  });

  it('lets the one-time "works offline" notice go by itself', () => {
    vi.useFakeTimers();
    sw.needRefresh = false;
    sw.offlineReady = true;
    try {
      render(<UpdatePrompt />);
      expect(
        screen.getByText('The workbench now works offline in this browser.', { exact: false }),
      ).toBeTruthy();
      act(() => vi.advanceTimersByTime(OFFLINE_NOTICE_MS - 1));
      expect(sw.setOfflineReady).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(1));
      expect(sw.setOfflineReady).toHaveBeenCalledWith(false);
    } finally {
      sw.needRefresh = true;
      sw.offlineReady = false;
      vi.useRealTimers();
    }
  });
});
