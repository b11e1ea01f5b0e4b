/** DOM ids of the editable fields, so that keyboard actions can put the focus back where the user expects. */
export const swotTextId = (itemId: string) => `swot-text-${itemId}`;
export const towsTextId = (strategyId: string) => `tows-text-${strategyId}`;

export function focusSoon(elementId: string): void {
  requestAnimationFrame(() => document.getElementById(elementId)?.focus());
}
