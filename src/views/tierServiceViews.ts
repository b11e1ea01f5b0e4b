import { formatSharePercent } from '../i18n/format';
import type { ClassService, TierService } from '../domain/customers/tierService';
import { PALETTE } from './theme';
import type { CategoryView, ViewContext, ViewTable } from './types';
import { fixedAxis } from './valueAxis';

/** Each class with its tier, model, service level and cost (per model period and per year), for CSV. */
export function tierServiceTable(service: TierService, ctx: ViewContext): ViewTable {
  const { t } = ctx;
  const k = (key: string) => t(`customers.tiers.${key}`);
  return {
    name: k('csvName'),
    rows: [
      [
        k('csvClass'),
        k('csvTier'),
        k('csvModel'),
        k('csvLevel'),
        k('csvCostPeriod'),
        k('csvPeriods'),
        k('csvCostYear'),
        k('csvValue'),
        k('csvCustomers'),
        k('csvCostCustomer'),
      ],
      ...service.classes.map((c) => [
        c.class,
        t(`customers.abc.tier.${c.tier}`),
        c.model?.name ?? '',
        c.serviceLevel === null ? null : c.serviceLevel * 100,
        c.costPerPeriod,
        c.periodsPerYear,
        c.costPerYear,
        c.value,
        c.customers,
        c.costPerCustomer,
      ]),
      [
        k('total'),
        '',
        '',
        null,
        null,
        null,
        service.total.costPerYear,
        service.total.value,
        service.total.customers,
        null,
      ],
    ],
  };
}

/** One class's model, service level and yearly cost in words (the chart's summary and the slide's note). */
export function classServiceLine(c: ClassService, ctx: ViewContext): string {
  const { t } = ctx;
  return t('customers.tiers.summary', {
    cls: c.class,
    tier: t(`customers.abc.tier.${c.tier}`),
    model: c.model?.name ?? t('customers.tiers.noModel'),
    level: c.serviceLevel === null ? '–' : `${formatSharePercent(c.serviceLevel, ctx.language)}%`,
    cost: c.costPerYear === null ? '–' : ctx.number(c.costPerYear, 0),
  });
}

/**
 * Each class's share of the value beside its share of the yearly service cost: where the service money goes
 * against where the value comes from. null until some class's model gives a cost.
 */
export function tierServiceView(service: TierService, ctx: ViewContext): CategoryView | null {
  const { total } = service;
  if (total.costedClasses === 0 || total.costPerYear <= 0) return null;
  const { t } = ctx;
  const valueShare = (c: ClassService) => (total.value > 0 ? (c.value / total.value) * 100 : 0);
  const costShare = (c: ClassService) =>
    c.costPerYear === null ? null : (c.costPerYear / total.costPerYear) * 100;
  const lead = service.classes.find((c) => c.costPerYear !== null && c.customers > 0);
  return {
    kind: 'category',
    shape: 'bar',
    id: 'tierService',
    title: lead
      ? t('customers.tiers.chartTitle', {
          cls: lead.class,
          value: ctx.number(valueShare(lead), 0),
          cost: ctx.number(costShare(lead)!, 0),
        })
      : t('customers.tiers.chartTitleNone'),
    subtitle: t('customers.tiers.chartSubtitle'),
    source: t('customers.tiers.source'),
    summary: service.classes.map((c) => classServiceLine(c, ctx)).join(' '),
    categories: service.classes.map((c) =>
      t('customers.abc.classTier', { cls: c.class, tier: t(`customers.abc.tier.${c.tier}`) }),
    ),
    series: [
      {
        id: 'value',
        name: t('customers.tiers.valueShare'),
        colour: PALETTE.blue,
        values: service.classes.map(valueShare),
      },
      {
        id: 'cost',
        name: t('customers.tiers.costShare'),
        colour: PALETTE.orange,
        values: service.classes.map(costShare),
      },
    ],
    y: { ...fixedAxis(t('customers.abc.shareAxis'), 0, 100, 20, ctx), unit: '%' },
    valueLabels: { decimals: 0, format: (v) => `${ctx.number(v, 0)}%` },
    table: () => tierServiceTable(service, ctx),
  };
}
