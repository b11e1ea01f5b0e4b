import type { CustomerValue } from '../domain/project/types';
import { endTyping, typing } from './edits';

/** The edits of the customer pages, each with its undo behaviour. */
export const customerActions = {
  /** Typing in one field of the customer-value inputs (`field` names it): one undo step per run. */
  typeValue: (field: keyof CustomerValue, patch: Partial<CustomerValue>) =>
    typing(`customers:value:${field}`, (p) => ({
      ...p,
      customers: { ...p.customers, value: { ...p.customers.value, ...patch } },
    })),
  endTyping,
};
