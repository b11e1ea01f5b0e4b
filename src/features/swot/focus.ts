import { flushSync } from 'react-dom';

/** DOM ids of the editable fields, so that keyboard actions can put the focus back where the user expects. */
export const swotTextId = (itemId: string) => `swot-text-${itemId}`;
export const towsTextId = (strategyId: string) => `tows-text-${strategyId}`;

export function focusSoon(elementId: string): void {
  requestAnimationFrame(() => document.getElementById(elementId)?.focus());
}

/**
 * Makes an edit and moves the focus to the field it creates before the key's handler returns: keys typed
 * straight after Enter then land in the new item, however late the next frame comes.
 */
export function editThenFocus(edit: () => void, elementId: string): void {
  flushSync(edit);
  const field = document.getElementById(elementId);
  if (field) field.focus();
  else focusSoon(elementId);
}
