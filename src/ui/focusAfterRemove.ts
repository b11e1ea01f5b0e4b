/**
 * Focus stays where the user is when a row is removed: on the delete button of the row that took its place,
 * else of the row before, else on the first field of the list's section or `data-remove-scope` (its add field). `button` is the
 * delete button pressed, inside a row marked `data-removable`; call this when the removal is asked for. The
 * neighbours are found from the row itself, so a windowed list (only some rows drawn) finds the right ones.
 */
export function focusAfterRemove(button: HTMLElement): void {
  const row = button.closest('[data-removable]');
  if (!row) return;
  const sibling = (el: Element | null, next: boolean): Element | null => {
    let at = el;
    do at = next ? (at?.nextElementSibling ?? null) : (at?.previousElementSibling ?? null);
    while (at && !at.hasAttribute('data-removable'));
    return at;
  };
  const next = sibling(row, true);
  const previous = sibling(row, false);
  const section = row.parentElement?.closest('[data-remove-scope], section') ?? row.parentElement;
  requestAnimationFrame(() => {
    const alive = [next, previous].find((r) => r?.isConnected);
    const target =
      alive?.querySelector<HTMLElement>('button.danger-text') ??
      section?.querySelector<HTMLElement>('input:not([type="hidden"]), select, button');
    target?.focus();
  });
}
