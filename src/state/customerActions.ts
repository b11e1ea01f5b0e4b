import { createId } from '../domain/project/ids';
import type { AbcSettings, CustomerValue, Project, RfmAnalysis, Segment } from '../domain/project/types';
import { endTyping, step, typing } from './edits';

const withCustomers = (p: Project, patch: Partial<Project['customers']>): Project => ({
  ...p,
  customers: { ...p.customers, ...patch },
});

/** The edits of the customer pages, each with its undo behaviour. */
export const customerActions = {
  /** Typing in one field of the customer-value inputs (`field` names it): one undo step per run. */
  typeValue: (field: keyof CustomerValue, patch: Partial<CustomerValue>) =>
    typing(`customers:value:${field}`, (p) => ({
      ...p,
      customers: { ...p.customers, value: { ...p.customers.value, ...patch } },
    })),
  /** Typing in one field of a customer or segment: one undo step per run. */
  typeSegment: (id: string, field: keyof Segment, patch: Partial<Segment>) =>
    typing(`customers:segment:${id}:${field}`, (p) =>
      withCustomers(p, {
        segments: p.customers.segments.map((s) => (s.id === id ? { ...s, ...patch, id } : s)),
      }),
    ),
  addSegment: (name: string) =>
    step((p) =>
      withCustomers(p, {
        segments: [...p.customers.segments, { id: createId(), name, value: 0, customers: 1 }],
      }),
    ),
  removeSegment: (id: string) =>
    step((p) => withCustomers(p, { segments: p.customers.segments.filter((s) => s.id !== id) })),
  /** A cut-off (typed) or a class's service tier (chosen): typing is one step per run, a choice one step. */
  typeAbc: (field: 'a' | 'b', value: number) =>
    typing(`customers:abc:${field}`, (p) =>
      withCustomers(p, { abc: { ...p.customers.abc, [field]: value } }),
    ),
  setTier: (cls: keyof AbcSettings['tiers'], tier: AbcSettings['tiers']['A']) =>
    step((p) =>
      withCustomers(p, { abc: { ...p.customers.abc, tiers: { ...p.customers.abc.tiers, [cls]: tier } } }),
    ),
  /** An RFM import's analysis replaces the last one (one step). */
  setRfm: (rfm: RfmAnalysis) => step((p) => withCustomers(p, { rfm })),
  removeRfm: () => step((p) => withCustomers(p, { rfm: null })),
  /** The RFM segments (named in the user's language) replace the ABC list (one step). */
  replaceSegments: (rows: Array<{ name: string; value: number; customers: number }>) =>
    step((p) => withCustomers(p, { segments: rows.map((row) => ({ id: createId(), ...row })) })),
  endTyping,
};
