import { ChartFrame } from '../../charts/ChartFrame';
import { CurvesChart } from '../../charts/CurvesChart';
import { useViewContext } from '../../charts/useViewContext';
import type { CallCentreModel, ServiceModel } from '../../domain/project/types';
import { dayPlanViews } from '../../views/dayPlanViews';
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

/** A call centre's day plan in the report: calls and staff across the day, with its summary sentence. */
function ReportDay({ model }: { model: CallCentreModel }) {
  const ctx = useViewContext();
  const [view] = dayPlanViews(model, ctx);
  if (!view) return null;
  return (
    <>
      <ChartFrame view={view}>
        <CurvesChart view={view} />
      </ChartFrame>
      <p>{view.summary}</p>
    </>
  );
}
