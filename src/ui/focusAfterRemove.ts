/**
 * After the row at `index` of `container` is removed, focus stays where the user is: on the remove button of
 * the row that took its place, else of the row before, else on the first field of `container` (its add field).
 * Rows are the elements marked `data-removable`. Runs after React has drawn the shorter list.
 */
export function focusAfterRemove(container: HTMLElement | null, index: number): void {
  requestAnimationFrame(() => {
    if (!container) return;
    const rows = container.querySelectorAll<HTMLElement>('[data-removable]');
    const row = rows[index] ?? rows[index - 1];
    const target =
      row?.querySelector<HTMLElement>('button.danger-text') ??
      container.querySelector<HTMLElement>('input:not([type="hidden"]), select, button');
    target?.focus();
  });
}
