import { applyValueLinks } from '../domain/customers/valueLink';
import { createId } from '../domain/project/ids';
import { LIMITS } from '../domain/project/limits';
import type {
  AbcSettings,
  CustomerValue,
  Project,
  RfmAnalysis,
  Satisfaction,
  Segment,
  SurveyAttribute,
} from '../domain/project/types';
import { addItem } from '../domain/swot/edit';
import { clearSource } from '../domain/swot/sources';
import { endTyping, step, typing } from './edits';

const withCustomers = (p: Project, patch: Partial<Project['customers']>): Project => ({
  ...p,
  customers: { ...p.customers, ...patch },
});

type AbcClass = keyof AbcSettings['service'];
const withClassService = (p: Project, cls: AbcClass, patch: Partial<AbcSettings['service'][AbcClass]>) =>
  withCustomers(p, {
    abc: {
      ...p.customers.abc,
      service: { ...p.customers.abc.service, [cls]: { ...p.customers.abc.service[cls], ...patch } },
    },
  });

/** The edits of the customer pages, each with its undo behaviour. */
export const customerActions = {
  /** Typing in one field of the customer-value inputs (`field` names it): one undo step per run. */
  typeValue: (field: keyof CustomerValue, patch: Partial<CustomerValue>) =>
    typing(`customers:value:${field}`, (p) =>
      // A call centre whose value of a call answered in time comes from this value follows it.
      applyValueLinks({ ...p, customers: { ...p.customers, value: { ...p.customers.value, ...patch } } }),
    ),
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
  /** The model or scenario that serves a class (null: none); its periods per year start from a suggestion. */
  setClassModel: (cls: AbcClass, modelId: string | null, periodsPerYear: number) =>
    step((p) => withClassService(p, cls, { modelId, periodsPerYear })),
  /** Typing how many of the class's model periods make a year: one undo step per run. */
  typePeriodsPerYear: (cls: AbcClass, periodsPerYear: number) =>
    typing(`customers:abc:periods:${cls}`, (p) => withClassService(p, cls, { periodsPerYear })),
  /** Typing the customers counted at one level of the funnel: one undo step per run. */
  typeStage: (stage: keyof Project['customers']['lifecycle'], customers: number) =>
    typing(`customers:lifecycle:${stage}`, (p) =>
      withCustomers(p, { lifecycle: { ...p.customers.lifecycle, [stage]: customers } }),
    ),
  /** Typing the customers or visits a year of a frequency group: one undo step per run. */
  typeFrequency: (
    segment: keyof Project['customers']['frequency'],
    field: 'customers' | 'visitsPerYear',
    value: number,
  ) =>
    typing(`customers:frequency:${segment}:${field}`, (p) =>
      withCustomers(p, {
        frequency: {
          ...p.customers.frequency,
          [segment]: { ...p.customers.frequency[segment], [field]: value },
        },
      }),
    ),
  /** An RFM import's analysis replaces the last one (one step). */
  setRfm: (rfm: RfmAnalysis) => step((p) => withCustomers(p, { rfm })),
  removeRfm: () => step((p) => withCustomers(p, { rfm: null })),
  /** The RFM segments (named in the user's language) replace the ABC list (one step). */
  replaceSegments: (rows: Array<{ name: string; value: number; customers: number }>) =>
    step((p) => withCustomers(p, { segments: rows.map((row) => ({ id: createId(), ...row })) })),
  /** Typing an end of the survey's scale: one undo step per run. */
  typeScale: (field: 'min' | 'max', value: number) =>
    typing(`customers:scale:${field}`, (p) =>
      withSurvey(p, { scale: { ...p.customers.satisfaction.scale, [field]: value } }),
    ),
  /** A new attribute rated in the middle of the scale (E = P: acceptable) until the survey's numbers are typed. */
  addAttribute: (name: string) =>
    step((p) =>
      withSurvey(p, { attributes: [...p.customers.satisfaction.attributes, newAttribute(p, name)] }),
    ),
  /** The value curve's factors not yet in the survey, as attributes (one step). */
  addValueFactors: () =>
    step((p) => {
      const { attributes } = p.customers.satisfaction;
      const have = new Set(attributes.map((a) => a.name.trim()));
      const added = p.strategy.valueFactors
        .filter((f) => f.name.trim() && !have.has(f.name.trim()))
        .slice(0, Math.max(0, LIMITS.satisfactionAttributes - attributes.length))
        .map((f) => newAttribute(p, f.name.trim()));
      return withSurvey(p, { attributes: [...attributes, ...added] });
    }),
  typeAttribute: (id: string, field: keyof SurveyAttribute, patch: Partial<SurveyAttribute>) =>
    typing(`customers:attribute:${id}:${field}`, (p) =>
      withSurvey(p, {
        attributes: p.customers.satisfaction.attributes.map((a) =>
          a.id === id ? { ...a, ...patch, id } : a,
        ),
      }),
    ),
  /** Removes an attribute; a SWOT weakness sent from it keeps its text and loses the link (one step). */
  removeAttribute: (id: string) =>
    step((p) =>
      clearSource(
        withSurvey(p, { attributes: p.customers.satisfaction.attributes.filter((a) => a.id !== id) }),
        'satisfaction',
        id,
      ),
    ),
  /** A shortfall sent to the SWOT as a weakness that remembers its attribute (one step). */
  sendToWeaknesses: (attributeId: string, text: string, itemId: string) =>
    step((p) => addItem(p, 'weaknesses', text, undefined, itemId, { kind: 'satisfaction', id: attributeId })),
  endTyping,
};

function withSurvey(p: Project, patch: Partial<Satisfaction>): Project {
  return withCustomers(p, { satisfaction: { ...p.customers.satisfaction, ...patch } });
}

function newAttribute(p: Project, name: string): SurveyAttribute {
  const { min, max } = p.customers.satisfaction.scale;
  const middle = Math.round((min + max) / 2);
  return { id: createId(), name, importance: 1, expectation: middle, performance: middle };
}
