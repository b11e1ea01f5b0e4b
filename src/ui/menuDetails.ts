import type { FocusEvent, KeyboardEvent } from 'react';

/**
 * Props that make a `<details>` menu behave as a menu: Escape closes it and puts focus back on its summary;
 * focus leaving it (Tab away, a click elsewhere) closes it.
 */
export const menuDetailsProps = {
  onKeyDown: (event: KeyboardEvent<HTMLDetailsElement>) => {
    const menu = event.currentTarget;
    if (event.key !== 'Escape' || !menu.open) return;
    event.stopPropagation();
    menu.open = false;
    menu.querySelector('summary')?.focus();
  },
  onBlur: (event: FocusEvent<HTMLDetailsElement>) => {
    const menu = event.currentTarget;
    if (menu.open && !menu.contains(event.relatedTarget as Node | null)) menu.open = false;
  },
};
