import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Project, ServiceModel } from '../../domain/project/types';
import { emailTargetHours } from '../../domain/service-cost/channels';
import { ReportSection, ReportTable } from './ReportSection';

type Row = [string, string | number];

/** The limits of a call centre whose callers hang up: only rows that apply to Erlang A. */
function abandonRows(
  model: Extract<ServiceModel, { kind: 'callCentre' }>,
  t: TFunction,
  pct: (v: number) => number,
): Row[] {
  if (model.patienceSec === null) return [];
  return [
    [t('serviceCost.abandon.maxAbandon'), model.maxAbandonRate === null ? '–' : pct(model.maxAbandonRate)],
    [t('serviceCost.abandon.lostValue'), model.costPerAbandonedCall ?? '–'],
  ];
}

/** A model's inputs as (label, value) rows: what a reader needs to reproduce its curves. */
function parameters(model: ServiceModel, t: TFunction): Row[] {
  const pct = (v: number) => Math.round(v * 10000) / 100;
  switch (model.kind) {
    case 'generic': {
      const curve = (label: string, spec: typeof model.cost): Array<[string, string | number]> => [
        [label, spec.family === 'formula' ? spec.formula : t(`serviceCost.families.${spec.family}`)],
        ...Object.entries(spec.params).map(([k, v]): [string, number] => [
          `${label} · ${t('serviceCost.param', { name: k })}`,
          v,
        ]),
      ];
      return [
        ...curve(t('serviceCost.cost'), model.cost),
        ...curve(t('serviceCost.revenue'), model.revenue),
        [t('serviceCost.rangeFrom'), pct(model.range.from)],
        [t('serviceCost.rangeTo'), pct(model.range.to)],
        [t('serviceCost.operating'), pct(model.operatingServiceLevel)],
      ];
    }
    case 'callCentre':
      return [
        [t('serviceCost.calls'), model.callsPerInterval],
        [t('serviceCost.interval'), model.intervalSec],
        [t('serviceCost.handleTime'), model.handleTimeSec],
        [t('serviceCost.target'), model.targetAnswerSec],
        [t('serviceCost.slTarget'), pct(model.serviceLevelTarget)],
        [t('serviceCost.maxOccupancy'), model.maxOccupancy === null ? '–' : pct(model.maxOccupancy)],
        [t('serviceCost.shrinkage'), pct(model.shrinkage)],
        [t('serviceCost.costPerAgentHour'), model.costPerAgentHour],
        [t('serviceCost.valuePerCall'), model.valuePerCallInTime ?? '–'],
        [t('serviceCost.abandon.patience'), model.patienceSec ?? '–'],
        ...abandonRows(model, t, pct),
        [t('serviceCost.maxBlocking'), model.maxBlocking === null ? '–' : pct(model.maxBlocking)],
        [t('serviceCost.agents'), model.agents],
      ];
    case 'inventory':
      return [
        [t('serviceCost.demand'), model.demandPerPeriod],
        [t('serviceCost.demandSd'), model.demandStdDevPerPeriod],
        [t('serviceCost.leadTime'), model.leadTimePeriods],
        [t('serviceCost.leadTimeSd'), model.leadTimeStdDevPeriods],
        [t('serviceCost.orderQuantity'), model.orderQuantity],
        [t('serviceCost.holdingCost'), model.holdingCostPerUnitPerPeriod],
        [t('serviceCost.safetyStock'), model.safetyStock],
      ];
    case 'channels':
      return [
        [t('channels.contacts'), model.contactsPerInterval],
        [t('serviceCost.interval'), model.intervalSec],
        [t('serviceCost.costPerAgentHour'), model.costPerAgentHour],
        [t('serviceCost.shrinkage'), pct(model.shrinkage)],
        [t('channels.valuePerContact'), model.valuePerContactInTime ?? '–'],
        ...model.channels.map((c): Row => [
          t(`channels.kind.${c.kind}`),
          c.kind === 'self'
            ? t('channels.selfSummary', {
                share: pct(c.share),
                containment: pct(c.containment),
                cost: c.costPerContact,
              })
            : c.kind === 'email'
              ? // In hours, as on its page: 14,400 s was hard to read as 4 hours.
                t('channels.emailSummary', {
                  share: pct(c.share),
                  aht: c.handleTimeSec,
                  hours: emailTargetHours(c.targetSec),
                  sl: pct(c.serviceLevelTarget),
                })
              : t('channels.agentSummary', {
                  share: pct(c.share),
                  aht: c.handleTimeSec,
                  target: c.targetSec,
                  sl: pct(c.serviceLevelTarget),
                  concurrency: c.concurrency,
                }),
        ]),
      ];
  }
}

/** Methods and every model's parameters, so that the numbers in the report can be checked. */
export function AppendixSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <ReportSection id="appendix" title={t('report.appendix')}>
      <h3>{t('report.methods')}</h3>
      <ul className="report-methods">
        {(['forces', 'pestel', 'ife', 'qspm'] as const).map((k) => (
          <li key={k}>{t(`report.methodsText.${k}`)}</li>
        ))}
        <li>
          {t('report.methodsText.sensitivity', {
            runs: 2000,
            weights: 20,
            scores: 0.5,
            seed: project.strategy.seed,
          })}
        </li>
        <li>{t('report.methodsText.erlang')}</li>
        <li>{t('report.methodsText.inventory')}</li>
      </ul>
      {project.serviceModels.map((model) => (
        <ReportTable
          key={model.id}
          caption={`${model.name} (${t(`serviceCost.kind.${model.kind}`)})`}
          header={[t('report.parameter'), t('report.value')]}
          rows={parameters(model, t)}
        />
      ))}
    </ReportSection>
  );
}
