import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyValueLinks,
  customerLifetimeValue,
  linkedValuePerCall,
} from '../../../src/domain/customers/valueLink';
import { DEFAULT_CUSTOMER_VALUE } from '../../../src/domain/project/customerSchema';
import { parseProject } from '../../../src/domain/project/parseProject';
import type { CustomerValue, Project } from '../../../src/domain/project/types';

// The course's KFC exercise and the retention example: the defaults of a new project.
const course: CustomerValue = { ...DEFAULT_CUSTOMER_VALUE };

describe('a call answered in time valued from a customer’s lifetime value', () => {
  it('divides the course’s 26,000 yuan customer by the calls that keep one customer', () => {
    // The course's KFC exercise: 50 yuan × 52 visits × 10 years = 26,000 yuan.
    expect(linkedValuePerCall(course, { source: 'course', callsPerCustomerKept: 520 })).toEqual({
      ok: true,
      lifetimeValue: 26_000,
      valuePerCall: 50,
    });
  });

  it('uses the retention value net of the acquisition cost: m·r/(1+i−r) − AC', () => {
    // 100 × 0.8 / (1 + 0.1 − 0.8) = 266.67; less 66.67 acquisition cost = 200.
    const value = { ...course, acquisitionCost: 200 / 3 };
    expect(customerLifetimeValue(value, 'retention')).toBeCloseTo(200, 9);
    const linked = linkedValuePerCall(value, { source: 'retention', callsPerCustomerKept: 4 });
    expect(linked.ok && linked.valuePerCall).toBeCloseTo(50, 9);
  });

  it('refuses an endless, a negative or a too large value instead of clamping it', () => {
    const endless = { ...course, retentionRate: 1, discountRate: 0 };
    expect(linkedValuePerCall(endless, { source: 'retention', callsPerCustomerKept: 1 })).toEqual({
      ok: false,
      reason: 'endless',
      lifetimeValue: null,
    });
    const costly = { ...course, acquisitionCost: 1000 };
    expect(linkedValuePerCall(costly, { source: 'retention', callsPerCustomerKept: 1 })).toMatchObject({
      ok: false,
      reason: 'negative',
    });
    const rich = { ...course, spendPerVisit: 1e9, visitsPerYear: 365, years: 100 };
    expect(linkedValuePerCall(rich, { source: 'course', callsPerCustomerKept: 1 })).toMatchObject({
      ok: false,
      reason: 'tooLarge',
    });
  });

  it('keeps every linked call centre in step with the customer value, and leaves the rest alone', () => {
    const parsed = parseProject(JSON.parse(readFileSync('test/fixtures/project-v8.json', 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const project: Project = parsed.value;
    const linked = project.serviceModels.find((m) => m.kind === 'callCentre' && m.valueLink)!;
    const others = project.serviceModels.filter((m) => m !== linked);
    const next = applyValueLinks({
      ...project,
      customers: { ...project.customers, value: { ...project.customers.value, years: 20 } },
    });
    const after = next.serviceModels.find((m) => m.id === linked.id)!;
    expect(after.kind === 'callCentre' && after.valuePerCallInTime).toBeCloseTo(
      (50 * 52 * 20) / (linked.kind === 'callCentre' ? linked.valueLink!.callsPerCustomerKept : 1),
      9,
    );
    expect(next.serviceModels.filter((m) => m.id !== linked.id)).toEqual(others);
    expect(applyValueLinks(next)).toBe(next);
  });
});
