import type { ServiceModel } from '../project/types';
import { scheduledAgents, trafficErlangs } from './erlang';
import type { ModelView } from './models';
import { decomposeProductivity, type Productivity } from './productivity';

/**
 * Productivity of a call-centre model at today's staffing (Grönroos and Ojasalo): output = calls
 * answered, capacity = paid agent-hours (the whole staff scheduled after shrinkage), revenue = value of calls answered in time.
 * Null for other models or when no value per call is set.
 */
export function callCentreProductivity(model: ServiceModel, view: ModelView): Productivity | null {
  if (model.kind !== 'callCentre' || model.valuePerCallInTime === null || view.operating.revenue === null)
    return null;
  if (model.agents <= trafficErlangs(model.callsPerInterval, model.intervalSec, model.handleTimeSec))
    return null;
  const paidHours = scheduledAgents(model.agents, model.shrinkage) * (model.intervalSec / 3600);
  if (view.operating.cost <= 0 || model.callsPerInterval <= 0) return null;
  return decomposeProductivity({
    revenue: view.operating.revenue,
    cost: view.operating.cost,
    output: model.callsPerInterval,
    capacity: paidHours,
  });
}
