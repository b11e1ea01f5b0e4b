import { createId } from '../project/ids';
import { newAlternative } from '../project/strategyDefaults';
import type {
  Alternative,
  Contributor,
  CpmFactor,
  Criterion,
  Player,
  Project,
  Strategy,
  ValueFactor,
} from '../project/types';
import { ahpKey } from './ahp';
import { scoringView } from './analysis';
import { reweight } from './sensitivity';

const withStrategy = (project: Project, change: (s: Strategy) => Strategy): Project => ({
  ...project,
  strategy: change(project.strategy),
});

export function setStrategy(project: Project, patch: Partial<Strategy>): Project {
  return withStrategy(project, (s) => ({ ...s, ...patch }));
}

export function addAlternative(
  project: Project,
  kind: Alternative['kind'],
  name = '',
  id: string = createId(),
  towsId: string | null = null,
): Project {
  return withStrategy(project, (s) => ({
    ...s,
    alternatives: [...s.alternatives, { ...newAlternative(kind, id, name), towsId }],
  }));
}

export function updateAlternative(project: Project, id: string, patch: Partial<Alternative>): Project {
  return withStrategy(project, (s) => ({
    ...s,
    alternatives: s.alternatives.map((a) => (a.id === id ? { ...a, ...patch, id } : a)),
  }));
}

export function removeAlternative(project: Project, id: string): Project {
  return withStrategy(project, (s) => ({
    ...s,
    alternatives: s.alternatives.filter((a) => a.id !== id),
    chosenId: s.chosenId === id ? null : s.chosenId,
  }));
}

/**
 * Sets one attractiveness score: a number, null for a dash, or undefined to clear it. A dash is a property
 * of the whole row, so `dashRow` sets it for every alternative at once.
 */
export function setScore(
  project: Project,
  alternativeId: string,
  factorId: string,
  score: number | null | undefined,
): Project {
  return withStrategy(project, (s) => ({
    ...s,
    alternatives: s.alternatives.map((a) => {
      if (a.id !== alternativeId) return a;
      const scores = { ...a.scores };
      if (score === undefined) delete scores[factorId];
      else scores[factorId] = score;
      return { ...a, scores };
    }),
  }));
}

/** A dash for every alternative in a factor's row: the factor does not affect this choice. */
export function dashRow(project: Project, factorId: string): Project {
  return withStrategy(project, (s) => ({
    ...s,
    alternatives: s.alternatives.map((a) => ({ ...a, scores: { ...a.scores, [factorId]: null } })),
  }));
}

export function setLever(
  project: Project,
  alternativeId: string,
  key: Alternative['levers'][number]['key'],
  patch: Partial<{ done: boolean; note: string }>,
): Project {
  const alternative = project.strategy.alternatives.find((a) => a.id === alternativeId);
  if (!alternative) return project;
  return updateAlternative(project, alternativeId, {
    levers: alternative.levers.map((l) => (l.key === key ? { ...l, ...patch } : l)),
  });
}

type Listed = 'criteria' | 'competitors' | 'valueFactors' | 'cpm';
type Entry<K extends Listed> = Strategy[K][number];

export function addEntry<K extends Listed>(project: Project, list: K, entry: Entry<K>): Project {
  return withStrategy(project, (s) => ({ ...s, [list]: [...s[list], entry] }));
}

export function updateEntry<K extends Listed>(
  project: Project,
  list: K,
  id: string,
  patch: Partial<Entry<K>>,
): Project {
  return withStrategy(project, (s) => ({
    ...s,
    [list]: (s[list] as Array<Entry<K>>).map((e) => (e.id === id ? { ...e, ...patch, id } : e)),
  }));
}

/** Removes an entry, and the scores, levels, ratings or judgments keyed by it, so that none is left stale. */
export function removeEntry(project: Project, list: Listed, id: string): Project {
  return withStrategy(project, (s) => {
    const next = { ...s, [list]: (s[list] as Array<{ id: string }>).filter((e) => e.id !== id) };
    if (list === 'criteria') {
      next.alternatives = s.alternatives.map((a) =>
        Object.hasOwn(a.scores, id) ? { ...a, scores: without(a.scores, id) } : a,
      );
      next.ahp = Object.fromEntries(Object.entries(s.ahp).filter(([key]) => !key.split('|').includes(id)));
    } else if (list === 'valueFactors') {
      const prune = <T extends { valueCurve: Record<string, number> }>(p: T): T =>
        Object.hasOwn(p.valueCurve, id) ? { ...p, valueCurve: without(p.valueCurve, id) } : p;
      next.alternatives = s.alternatives.map(prune);
      next.firm = prune(s.firm);
      next.competitors = s.competitors.map(prune);
    } else if (list === 'competitors') {
      next.cpm = s.cpm.map((f) =>
        Object.hasOwn(f.ratings, id) ? { ...f, ratings: without(f.ratings, id) } : f,
      );
    }
    return next;
  });
}

function without<V>(record: Record<string, V>, key: string): Record<string, V> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export function updateFirm(project: Project, patch: Partial<Player>): Project {
  return withStrategy(project, (s) => ({ ...s, firm: { ...s.firm, ...patch, id: s.firm.id } }));
}

export const newCriterion = (name: string, id: string = createId()): Criterion => ({
  id,
  name,
  weight: null,
});
export const newPlayer = (name: string, id: string = createId()): Player => ({
  id,
  name,
  price: null,
  quality: null,
  share: null,
  valueCurve: {},
});
export const newValueFactor = (
  name: string,
  id: string = createId(),
  contributors: Contributor[] = [],
): ValueFactor => ({ id, name, contributors });
export const newCpmFactor = (name: string, id: string = createId()): CpmFactor => ({
  id,
  name,
  weight: null,
  ratings: {},
});

/** Sets how much more important criterion a is than b (1/9–9); stored under the listed order. */
export function setAhpJudgment(project: Project, a: string, b: string, value: number): Project {
  const order = project.strategy.criteria.map((c) => c.id);
  const [first, second, v] = order.indexOf(a) < order.indexOf(b) ? [a, b, value] : [b, a, 1 / value];
  return withStrategy(project, (s) => ({ ...s, ahp: { ...s.ahp, [ahpKey(first, second)]: v } }));
}

/**
 * Sets the weight of one counted key factor and rescales the other counted factors in proportion, so that
 * their sum stays the same: the move the sensitivity analysis measures (`rankFlipWeight`).
 */
export function setWeightRescaled(project: Project, factorId: string, weight: number): Project {
  const counted = scoringView(project).counted.factors;
  const index = counted.findIndex((f) => f.id === factorId);
  if (index < 0) return project;
  const next = reweight(
    counted.map((f) => f.weight),
    index,
    weight,
  );
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const byId = new Map(counted.map((f, i) => [f.id, round(next[i]!)]));
  if (project.strategy.mode === 'criteria')
    return withStrategy(project, (s) => ({
      ...s,
      criteria: s.criteria.map((c) => (byId.has(c.id) ? { ...c, weight: byId.get(c.id)! } : c)),
    }));
  return {
    ...project,
    swot: Object.fromEntries(
      Object.entries(project.swot).map(([q, items]) => [
        q,
        items.map((item) => (byId.has(item.id) ? { ...item, weight: byId.get(item.id)! } : item)),
      ]),
    ) as Project['swot'],
  };
}

/** Sets (or, with null, clears) the level a player, alternative or our firm offers on one value factor. */
export function setValueLevel(
  project: Project,
  curveId: string,
  factorId: string,
  level: number | null,
): Project {
  const apply = (levels: Record<string, number>) => {
    const next = { ...levels };
    if (level === null) delete next[factorId];
    else next[factorId] = level;
    return next;
  };
  const s = project.strategy;
  if (curveId === s.firm.id) return updateFirm(project, { valueCurve: apply(s.firm.valueCurve) });
  const alt = s.alternatives.find((a) => a.id === curveId);
  if (alt) return updateAlternative(project, curveId, { valueCurve: apply(alt.valueCurve) });
  const comp = s.competitors.find((c) => c.id === curveId);
  return comp
    ? updateEntry(project, 'competitors', curveId, { valueCurve: apply(comp.valueCurve) })
    : project;
}

/** One player's 1–4 rating on one critical success factor of the CPM. */
export function setCpmRating(
  project: Project,
  factorId: string,
  playerId: string,
  rating: number | null,
): Project {
  const factor = project.strategy.cpm.find((f) => f.id === factorId);
  return factor
    ? updateEntry(project, 'cpm', factorId, { ratings: { ...factor.ratings, [playerId]: rating } })
    : project;
}

/** Sets the criteria's weights (e.g. from AHP), rounded to 4 decimals; criteria not in `weights` keep theirs. */
export function setCriteriaWeights(project: Project, weights: ReadonlyMap<string, number>): Project {
  return withStrategy(project, (s) => ({
    ...s,
    criteria: s.criteria.map((c) =>
      weights.has(c.id) ? { ...c, weight: Math.round(weights.get(c.id)! * 10000) / 10000 } : c,
    ),
  }));
}
