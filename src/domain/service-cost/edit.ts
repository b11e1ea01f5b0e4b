import { createId } from '../project/ids';
import type { Project, ServiceModel } from '../project/types';

const agentChannel = { serviceLevelTarget: 0.8, concurrency: 1, containment: 0, costPerContact: 0 };

/** New models start from sensible textbook numbers (not the example's) so that a chart shows at once. */
export function newModel(kind: ServiceModel['kind'], name: string, id: string = createId()): ServiceModel {
  const common = { id, name, note: '', baselineId: null };
  switch (kind) {
    case 'generic':
      return {
        ...common,
        kind,
        cost: { family: 'hyperbolic', params: { a: 200_000, b: 2_000, k: 1 }, formula: 'a + b / (1 - s)^k' },
        revenue: {
          family: 'modifiedExponential',
          params: { a: 600_000, b: 4, c: 0 },
          formula: 'a * (1 - exp(-b * s)) + c',
        },
        range: { from: 0.5, to: 0.99 },
        operatingServiceLevel: 0.9,
      };
    case 'callCentre':
      return {
        ...common,
        kind,
        // The textbook start (pyworkforce's README): 100 calls per half hour, 3 minutes each, 80% answered
        // within 20 s; 14 agents meet it at 85% occupancy at most. Not the example's numbers.
        callsPerInterval: 100,
        intervalSec: 1800,
        handleTimeSec: 180,
        targetAnswerSec: 20,
        costPerAgentHour: 30,
        shrinkage: 0.3,
        maxOccupancy: 0.85,
        patienceSec: null,
        maxAbandonRate: null,
        costPerAbandonedCall: null,
        maxBlocking: null,
        dayPlan: null,
        valuePerCallInTime: 5,
        valueLink: null,
        serviceLevelTarget: 0.8,
        agents: 14,
      };
    case 'inventory':
      return {
        ...common,
        kind,
        demandPerPeriod: 2500,
        demandStdDevPerPeriod: 500,
        leadTimePeriods: 2,
        leadTimeStdDevPeriods: 0,
        orderQuantity: 10_000,
        holdingCostPerUnitPerPeriod: 0.5,
        safetyStock: 1000,
      };
    case 'channels':
      return {
        ...common,
        kind,
        // The textbook call centre's 100 contacts per half hour, shared: 70% phone, 20% chat (two at once),
        // 10% e-mail (answered within 4 hours); self-service ready to take a share.
        contactsPerInterval: 100,
        intervalSec: 1800,
        costPerAgentHour: 30,
        shrinkage: 0.3,
        valuePerContactInTime: 5,
        channels: [
          { ...agentChannel, kind: 'phone', share: 0.7, handleTimeSec: 180, targetSec: 20 },
          { ...agentChannel, kind: 'chat', share: 0.2, handleTimeSec: 480, targetSec: 60, concurrency: 2 },
          { ...agentChannel, kind: 'email', share: 0.1, handleTimeSec: 300, targetSec: 4 * 3600 },
          {
            ...agentChannel,
            kind: 'self',
            share: 0,
            handleTimeSec: 60,
            targetSec: 0,
            containment: 0.5,
            costPerContact: 0.5,
          },
        ],
      };
  }
}

export function addModel(project: Project, model: ServiceModel): Project {
  return { ...project, serviceModels: [...project.serviceModels, model] };
}

export function updateModel(project: Project, id: string, patch: Partial<ServiceModel>): Project {
  return {
    ...project,
    serviceModels: project.serviceModels.map((m) =>
      m.id === id ? ({ ...m, ...patch, kind: m.kind, id: m.id } as ServiceModel) : m,
    ),
  };
}

/**
 * Deletes a model; its scenarios stay, as models of their own, a customer class it served has none, and a
 * service standard read from it is unlinked.
 */
export function deleteModel(project: Project, id: string): Project {
  const { abc } = project.customers;
  const service = Object.fromEntries(
    Object.entries(abc.service).map(([cls, link]) => [
      cls,
      link.modelId === id ? { ...link, modelId: null } : link,
    ]),
  ) as typeof abc.service;
  return {
    ...project,
    serviceModels: project.serviceModels
      .filter((m) => m.id !== id)
      .map((m) => (m.baselineId === id ? { ...m, baselineId: null } : m)),
    customers: { ...project.customers, abc: { ...abc, service } },
    // A service standard read from the model keeps its words and is no longer linked.
    objectives: {
      ...project.objectives,
      standards: project.objectives.standards.map((s) =>
        s.link?.kind === 'model' && s.link.modelId === id ? { ...s, link: null } : s,
      ),
    },
  };
}

/** A scenario: a copy of a model with its own parameters, pointing back to the model as its baseline. */
export function copyAsScenario(
  project: Project,
  id: string,
  name: string,
  newId: string = createId(),
): Project {
  const model = project.serviceModels.find((m) => m.id === id);
  if (!model) return project;
  const index = project.serviceModels.indexOf(model);
  const list = [...project.serviceModels];
  list.splice(index + 1, 0, {
    ...structuredClone(model),
    id: newId,
    name,
    baselineId: model.baselineId ?? model.id,
  });
  return { ...project, serviceModels: list };
}
