import { ChartFrame } from '../../charts/ChartFrame';
import { CurvesChart } from '../../charts/CurvesChart';
import { useViewContext } from '../../charts/useViewContext';
import type { CallCentreModel, ServiceModel } from '../../domain/project/types';
import { dayStaffingView } from '../../views/dayPlanViews';
import { usePlannedDay } from '../../ui/usePlannedDay';
import { evaluateModel } from '../../domain/service-cost/models';
import { serviceCostView } from '../../views/serviceCostView';
import { HighTargetsTable } from '../../ui/HighTargetsTable';

/** One service-level model in the report: the same view as on its page and its slide, and its sentences. */
export function ReportModel({ model }: { model: ServiceModel }) {
  const ctx = useViewContext();
  const result = evaluateModel(model);
  if (!result.ok)
    return (
      <p key={model.id} className="alert error">
        {model.name}: {result.error.message}
      </p>
    );
  const view = serviceCostView(model, result.value, ctx);
  return (
    <div key={model.id} className="report-model">
      <ChartFrame view={view}>
        <CurvesChart view={view} />
      </ChartFrame>
      <p>{view.summary}</p>
      {model.kind === 'callCentre' && result.value.callCentre && (
        <HighTargetsTable
          rows={result.value.callCentre.highTargets}
          targetAnswerSec={model.targetAnswerSec}
          modelTarget={model.serviceLevelTarget}
        />
      )}
      {model.kind === 'callCentre' && <ReportDay model={model} />}
    </div>
  );
}

/**
 * A call centre's day plan in the report: calls and staff across the day, with its summary sentence. Planned
 * as the page plans it, a piece at a time (a day at the top of the ranges takes ~100 ms).
 */
function ReportDay({ model }: { model: CallCentreModel }) {
  const ctx = useViewContext();
  const { result } = usePlannedDay(model, model.dayPlan);
  if (!model.dayPlan || !result?.ok) return null;
  const view = dayStaffingView(model, model.dayPlan, result.value, ctx);
  return (
    <>
      <ChartFrame view={view}>
        <CurvesChart view={view} />
      </ChartFrame>
      <p>{view.summary}</p>
    </>
  );
}
