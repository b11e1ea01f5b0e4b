import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/project/limits';
import { parseProject } from '../../src/domain/project/parseProject';
import type { Project } from '../../src/domain/project/types';
import { forcesActions, pestelActions } from '../../src/state/environmentActions';
import { redoStep, undoStep } from '../../src/state/edits';
import { endCoalescing } from '../../src/state/history';
import { positioningActions } from '../../src/state/positioningActions';
import { serviceActions } from '../../src/state/serviceActions';
import { strategyActions } from '../../src/state/strategyActions';
import { showProject, useAppStore } from '../../src/state/store';
import { workshopActions } from '../../src/state/workshopActions';
import { swotActions, towsActions } from '../../src/state/swotActions';

const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
if (!parsed.ok) throw new Error('the example does not load');
const example = parsed.value;
const project = () => useAppStore.getState().project!;
const steps = () => useAppStore.temporal.getState().pastStates.length;

const s1 = example.swot.strengths[0]!;
const so1 = example.tows.SO[0]!;
const factor = example.pestel[0]!;
const driver = example.forces.rivalry[0]!;
const model = example.serviceModels[0]!;
const alt = example.strategy.alternatives[0]!;
const competitor = example.strategy.competitors[0]!;
const criterion = example.strategy.criteria[0];
const cpm = example.strategy.cpm[0]!;
const valueFactor = example.strategy.valueFactors[0]!;
const labourLaw = {
  ref: 'k/2',
  participant: 1,
  name: '',
  slot: 'legal',
  text: 'A new courier labour law',
  at: '2026-12-03T10:00:00.000Z',
};

/** A run of typing: [name, the action with a value, what it changes]. */
const TYPING: Array<[string, (v: string) => void, (p: Project) => unknown]> = [
  ['SWOT item text', (v) => swotActions.typeItem(s1.id, 'text', v), (p) => p.swot.strengths[0]!.text],
  ['SWOT item note', (v) => swotActions.typeItem(s1.id, 'note', v), (p) => p.swot.strengths[0]!.note],
  ['SWOT weight', (v) => swotActions.typeWeight(s1.id, v.length / 100), (p) => p.swot.strengths[0]!.weight],
  ['TOWS strategy', (v) => towsActions.typeStrategy('SO', so1.id, v), (p) => p.tows.SO[0]!.text],
  ['PEST factor', (v) => pestelActions.typeFactor(factor.id, 'text', v), (p) => p.pestel[0]!.text],
  ['PEST note', (v) => pestelActions.typeFactor(factor.id, 'note', v), (p) => p.pestel[0]!.note],
  [
    'driver note',
    (v) => forcesActions.typeDriver('rivalry', driver.id, 'note', v),
    (p) => p.forces.rivalry[0]!.note,
  ],
  [
    'model field',
    (v) => serviceActions.typeModel(model.id, 'name', { name: v }),
    (p) => p.serviceModels[0]!.name,
  ],
  [
    'competitor name',
    (v) => positioningActions.typeEntry('competitors', competitor.id, 'name', { name: v }),
    (p) => p.strategy.competitors[0]!.name,
  ],
  [
    'firm share',
    (v) => positioningActions.typeFirm('share', { share: v.length / 100 }),
    (p) => p.strategy.firm.share,
  ],
  [
    'value level',
    (v) => positioningActions.typeValueLevel(competitor.id, valueFactor.id, v.length + 5),
    (p) => p.strategy.competitors[0]!.valueCurve[valueFactor.id],
  ],
  [
    'positioning statement',
    (v) => strategyActions.typeStatement(alt.id, 'concept', v),
    (p) => p.strategy.alternatives[0]!.statement.concept,
  ],
  [
    'justification',
    (v) => strategyActions.typeStrategy('justification', { justification: v }),
    (p) => p.strategy.justification,
  ],
];

/** One step each: [name, the action, what it changes]. */
const STEPS: Array<[string, () => void, (p: Project) => unknown]> = [
  ['SWOT rating', () => swotActions.setRating(s1.id, 1), (p) => p.swot.strengths[0]!.rating],
  ['SWOT add', () => swotActions.addItem('threats', 'new'), (p) => p.swot.threats.length],
  ['SWOT move', () => swotActions.moveItem(s1.id, 'weaknesses', 0), (p) => p.swot.weaknesses[0]!.id],
  ['SWOT delete', () => swotActions.deleteItem(s1.id), (p) => p.swot.strengths.length],
  ['IFE normalise', () => swotActions.normaliseWeights('ife'), (p) => p.swot.strengths.map((i) => i.weight)],
  ['TOWS link', () => towsActions.toggleLink('SO', so1.id, s1.id), (p) => p.tows.SO[0]!.links],
  ['TOWS add', () => towsActions.addStrategy('WT', 'x'), (p) => p.tows.WT.length],
  ['PEST rating', () => pestelActions.setFactor(factor.id, { impact: 1 }), (p) => p.pestel[0]!.impact],
  ['PEST add', () => pestelActions.addFactor('legal', 'x'), (p) => p.pestel.length],
  [
    'driver rating',
    () => forcesActions.setDriver('rivalry', driver.id, { now: 1 }),
    (p) => p.forces.rivalry[0]!.now,
  ],
  ['driver delete', () => forcesActions.deleteDriver('rivalry', driver.id), (p) => p.forces.rivalry.length],
  [
    'model copy',
    () => serviceActions.copyAsScenario(model.id, 'copy', 'copy-id'),
    (p) => p.serviceModels.length,
  ],
  [
    'CPM rating',
    () => positioningActions.setCpmRating(cpm.id, competitor.id, 1),
    (p) => p.strategy.cpm[0]!.ratings,
  ],
  ['competitor add', () => positioningActions.addCompetitor('New'), (p) => p.strategy.competitors.length],
  [
    'value factor remove',
    () => positioningActions.removeEntry('valueFactors', valueFactor.id),
    (p) => p.strategy,
  ],
  ['mode', () => strategyActions.choose({ mode: 'criteria' }), (p) => p.strategy.mode],
  ['criterion add', () => positioningActions.addCriterion('Speed'), (p) => p.strategy.criteria.length],
  [
    'participants’ files merged into the SWOT and the PEST(EL)',
    () =>
      workshopActions.mergeFiles(
        [
          {
            ref: 'k/1',
            participant: 1,
            name: '',
            slot: 'threats',
            text: 'Drone delivery',
            at: '2026-12-03T10:00:00.000Z',
          },
        ],
        new Map(),
        { id: 'merge-1', at: '2026-12-03T10:05:00.000Z', prompt: 'Files' },
        [{ canvas: 'pestel', contributions: [labourLaw] }],
      ),
    (p) => [p.swot.threats.length, p.pestel.map((f) => f.text)],
  ],
];

describe('an edit refused by a limit', () => {
  it('is reported as not taken, so that what depends on it (a workshop idea marked as added) does not happen', () => {
    showProject(example, 1);
    const room = LIMITS.itemsPerQuadrant - example.swot.threats.length;
    const idea = (text: string, n: number) => ({
      pid: `participant-${n}`,
      id: `i${n}`,
      slot: 'threats',
      text,
      name: null,
      at: '2026-12-03T10:00:00.000Z',
      duplicateOf: null,
    });
    const ideas = Array.from({ length: room }, (_, n) => idea(`T ${n}`, n));
    const order = ideas.map((i) => i.pid);
    expect(workshopActions.takeRoomIdeas('swot', ideas, order)).toBe('taken');
    const full = project();
    // The same ideas again add nothing (they count as added); one more is refused at the limit.
    expect(workshopActions.takeRoomIdeas('swot', ideas, order)).toBe('unchanged');
    expect(workshopActions.takeRoomIdeas('swot', [idea('One too many', room)], order)).toBe('refused');
    expect(project()).toBe(full);
    expect(useAppStore.getState().refused).not.toBeNull();
  });
});

describe('merging participants’ files', () => {
  it('answers taken, then unchanged for the same files (the page says so instead of doing nothing)', () => {
    showProject(example, 1);
    const others = [{ canvas: 'pestel' as const, contributions: [labourLaw] }];
    const meta = { id: 'merge-2', at: '2026-12-03T10:05:00.000Z', prompt: 'Files' };
    expect(workshopActions.mergeFiles([], new Map(), meta, others)).toBe('taken');
    const merged = project();
    expect(workshopActions.mergeFiles([], new Map(), meta, others)).toBe('unchanged');
    expect(project()).toBe(merged);
  });
});

describe('named actions say how they are undone', () => {
  beforeEach(() => {
    endCoalescing();
    showProject(example, 1);
  });

  it.each(TYPING)('typing (%s) is one undo step per run, and a blur ends the run', (_, type, read) => {
    const before = read(project());
    for (const v of ['a', 'ab', 'abc']) type(v);
    expect(read(project())).not.toEqual(before);
    expect(steps()).toBe(1);
    strategyActions.endTyping();
    type('abcd');
    expect(steps()).toBe(2);
    undoStep();
    undoStep();
    expect(read(project())).toEqual(before);
    redoStep();
    expect(read(project())).not.toEqual(before);
  });

  it.each(STEPS)('%s is one undo step, also straight after typing', (_, act, read) => {
    swotActions.typeWeight(s1.id, 0.5);
    const before = read(project());
    act();
    expect(read(project())).not.toEqual(before);
    expect(steps()).toBe(2);
    undoStep();
    expect(read(project())).toEqual(before);
  });

  it('AHP weights land on the criteria, rounded; a judgment is stored under the listed order', () => {
    positioningActions.addCriterion('A');
    positioningActions.addCriterion('B');
    const [a, b] = project().strategy.criteria.slice(-2);
    strategyActions.judge(b!.id, a!.id, 3);
    expect(project().strategy.ahp[`${a!.id}|${b!.id}`]).toBeCloseTo(1 / 3, 12);
    strategyActions.setCriteriaWeights(new Map([[a!.id, 0.123456]]));
    expect(project().strategy.criteria.find((c) => c.id === a!.id)!.weight).toBe(0.1235);
    expect(project().strategy.criteria.find((c) => c.id === b!.id)!.weight).toBe(b!.weight);
    expect(criterion === undefined || project().strategy.criteria[0]!.weight === criterion.weight).toBe(true);
  });
});
