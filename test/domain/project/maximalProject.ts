import { COURSE_CHECKLISTS } from '../../../src/domain/project/checklistSchema';
import { CAPACITY } from '../../../src/domain/project/capacity';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { createId } from '../../../src/domain/project/ids';
import { LIMITS } from '../../../src/domain/project/limits';
import { FORCES, QUADRANTS, TOWS_CELLS, TOWS_SOURCES } from '../../../src/domain/project/schema';
import { newAlternative } from '../../../src/domain/project/strategyDefaults';
import type { Project } from '../../../src/domain/project/types';
import { newModel } from '../../../src/domain/service-cost/edit';
import { ahpKey } from '../../../src/domain/strategy/ahp';
import { newCpmFactor, newCriterion, newPlayer } from '../../../src/domain/strategy/edit';

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

/**
 * A project with every list and keyed record at the most entries editing allows (`CAPACITY`), with the
 * app's own random ids: what a team could reach by adding until every add button is disabled.
 */
export function maximalProject(): Project {
  const p = createBlankProject('Maximal', '2026-12-01T10:00:00.000Z');
  // Givers as the app writes them: a name at its limit, a 16-character key prefix and an idea id.
  const givers = (count: number) =>
    times(count, (n) => ({
      name: 'N'.repeat(LIMITS.contributorNameChars),
      n: n + 1,
      at: '2026-12-01T10:00:00.000Z',
      ref: `${'k'.repeat(16)}/${createId()}`,
    }));
  const item = (text: string) => ({
    id: createId(),
    text,
    source: null,
    contributors: givers(LIMITS.contributorsPerItem),
    note: '',
    weight: null,
    rating: null,
  });
  for (const q of QUADRANTS) p.swot[q] = times(CAPACITY.swotItems, (i) => item(`${q} ${i}`));
  for (const cell of TOWS_CELLS) {
    const linkable = TOWS_SOURCES[cell].flatMap((q) => p.swot[q].map((i) => i.id));
    p.tows[cell] = times(CAPACITY.towsStrategies, (i) => ({
      id: createId(),
      text: `${cell} ${i}`,
      links: linkable.slice(0, CAPACITY.towsLinks),
      contributors: givers(LIMITS.contributorsPerIdea),
    }));
  }
  for (const f of FORCES)
    p.forces[f] = times(CAPACITY.forceDrivers, (i) => ({
      id: createId(),
      text: `${f} ${i}`,
      note: '',
      now: 3,
      future: 4,
      group: [LIMITS.participantsPerRecord, 0, 0, 0, 0],
      contributors: givers(LIMITS.contributorsPerIdea),
    }));
  p.pestel = times(CAPACITY.pestelFactors, (i) => ({
    id: createId(),
    category: 'economic',
    text: `factor ${i}`,
    note: '',
    impact: 3,
    likelihood: 2,
    direction: 'threat',
    horizon: 'short',
    contributors: givers(LIMITS.contributorsPerIdea),
  }));
  const kinds = ['generic', 'callCentre', 'inventory'] as const;
  p.serviceModels = times(CAPACITY.serviceModels, (i) => newModel(kinds[i % 3]!, `model ${i}`));
  const s = p.strategy;
  s.criteria = times(CAPACITY.criteria, (i) => newCriterion(`criterion ${i}`));
  s.valueFactors = times(CAPACITY.valueFactors, (i) => ({
    id: createId(),
    name: `value ${i}`,
    contributors: givers(LIMITS.contributorsPerIdea),
  }));
  s.competitors = times(CAPACITY.competitors, (i) => newPlayer(`rival ${i}`));
  const keyFactors = [
    ...QUADRANTS.flatMap((q) => p.swot[q].map((i) => i.id)),
    ...s.criteria.map((c) => c.id),
  ];
  const levels = Object.fromEntries(s.valueFactors.map((f) => [f.id, 5]));
  for (const c of s.competitors) c.valueCurve = { ...levels };
  s.firm.valueCurve = { ...levels };
  s.alternatives = times(CAPACITY.alternatives, (i) => ({
    ...newAlternative('custom', createId(), `alternative ${i}`),
    scores: Object.fromEntries(keyFactors.map((id) => [id, 3])),
    valueCurve: { ...levels },
  }));
  const players = [s.firm.id, ...s.competitors.map((c) => c.id)];
  s.cpm = times(CAPACITY.cpmFactors, (i) => ({
    ...newCpmFactor(`csf ${i}`),
    ratings: Object.fromEntries(players.map((id) => [id, 2])),
  }));
  s.ahp = Object.fromEntries(
    s.criteria.flatMap((a, i) => s.criteria.slice(i + 1).map((b) => [ahpKey(a.id, b.id), 2])),
  );
  // The most QSPM cells that keep a workshop's scores, each with counts as large as they come.
  s.groupScores = Object.fromEntries(
    s.alternatives
      .flatMap((a) => keyFactors.map((f) => `${a.id}|${f}`))
      .slice(0, LIMITS.groupScoredCells)
      .map((key) => [key, [LIMITS.participantsPerRecord, 999, 999, 999, 999]]),
  );
  p.customers.segments = times(CAPACITY.segments, (i) => ({
    id: createId(),
    name: `segment ${i}`,
    value: 1_000_000 + i,
    customers: 1000,
  }));
  p.customers.satisfaction.attributes = times(CAPACITY.surveyAttributes, (i) => ({
    id: createId(),
    name: `attribute ${i}`,
    importance: 1 + (i % 5),
    expectation: 4,
    performance: 1 + (i % 5),
  }));
  p.workshop.records = times(LIMITS.workshopRecords, (i) => ({
    id: createId(),
    kind: 'vote',
    prompt: `activity ${i}`,
    at: '2026-12-01T10:00:00.000Z',
    participants: 12,
    contributions: 12,
    lines: times(LIMITS.linesPerRecord, (j) => ({ label: `item ${j}`, value: j, sd: null })),
  }));
  p.objectives.objectives = times(CAPACITY.objectives, (i) => ({
    id: createId(),
    text: `objective ${i}`,
    target: `${i}%`,
    owner: 'x'.repeat(LIMITS.nameChars),
    due: '2027-12-31',
  }));
  p.objectives.standards = times(CAPACITY.standards, (i) => ({
    id: createId(),
    kind: 'other' as const,
    metric: `standard ${i}`,
    target: '≥ 90%',
    measure: 'x'.repeat(LIMITS.textChars),
    link: i % 2 ? { kind: 'satisfaction' as const } : null,
  }));
  const steps = p.implementation.recovery.steps;
  for (const key of Object.keys(steps) as Array<keyof typeof steps>)
    steps[key] = { how: 'x'.repeat(LIMITS.textChars), owner: 'x'.repeat(LIMITS.nameChars), within: '24 h' };
  p.implementation.philosophy = 'x'.repeat(LIMITS.noteChars);
  p.implementation.actions = times(CAPACITY.actions, (i) => ({
    id: createId(),
    text: `action ${i}`,
    owner: 'x'.repeat(LIMITS.nameChars),
    start: '2027-01-01',
    due: '2027-12-31',
    kpi: 'x'.repeat(LIMITS.textChars),
    status: 'doing' as const,
    objectiveId: p.objectives.objectives[i % CAPACITY.objectives]!.id,
    lever: i % 2 ? ('trainStaff' as const) : null,
  }));
  p.implementation.recovery.complaints = times(CAPACITY.complaintCauses, (i) => ({
    id: createId(),
    cause: `cause ${i}`,
    count: 1_000_000_000 - i,
  }));
  p.checklists.formulationMoves = Object.fromEntries(
    COURSE_CHECKLISTS.formulationMoves.map((item) => [
      item,
      { done: true, note: 'x'.repeat(LIMITS.noteChars) },
    ]),
  );
  return p;
}
