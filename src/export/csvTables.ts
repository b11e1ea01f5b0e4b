import { QUADRANTS, FORCES, PESTEL_CATEGORIES } from '../domain/project/schema';
import type { Project } from '../domain/project/types';
import type { ScoringView } from '../domain/strategy/analysis';
import { itemLabels } from '../domain/swot/labels';
import { cpmScores } from '../views/names';
import type { Cell } from './csv';
import { own } from '../domain/project/own';

/** i18next's `t`, narrowed to what the tables need. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface CsvTable {
  /** The file name's suffix, e.g. "SWOT". */
  name: string;
  rows: Cell[][];
}

const h = (t: Translate, key: string) => t(`csv.${key}`);
/** Computed values rounded, so that Excel shows 2.5 and not 2.5000000000000004. */
const round = (v: number | null | undefined, digits = 4) =>
  v === null || v === undefined ? null : Math.round(v * 10 ** digits) / 10 ** digits;

export function swotTable(project: Project, t: Translate): CsvTable {
  const labels = itemLabels(project.swot);
  return {
    name: 'SWOT',
    rows: [
      ['quadrant', 'label', 'text', 'note', 'weight', 'rating'].map((k) => h(t, k)),
      ...QUADRANTS.flatMap((q) =>
        project.swot[q].map((item) => [
          t(`swot.quadrant.${q}`),
          labels.get(item.id),
          item.text,
          item.note,
          item.weight,
          item.rating,
        ]),
      ),
    ],
  };
}

export function forcesTable(project: Project, t: Translate): CsvTable {
  return {
    name: t('app.forces'),
    rows: [
      ['force', 'driver', 'now', 'future', 'note'].map((k) => h(t, k)),
      ...FORCES.flatMap((force) =>
        project.forces[force].map((d) => [t(`forces.force.${force}`), d.text, d.now, d.future, d.note]),
      ),
    ],
  };
}

export function pestelTable(project: Project, t: Translate): CsvTable {
  return {
    name: 'PESTEL',
    rows: [
      ['category', 'factor', 'impact', 'likelihood', 'score', 'direction', 'horizon', 'note'].map((k) =>
        h(t, k),
      ),
      ...PESTEL_CATEGORIES.flatMap((category) =>
        project.pestel
          .filter((f) => f.category === category)
          .map((f) => [
            t(`pestel.category.${category}`),
            f.text,
            f.impact,
            f.likelihood,
            f.impact !== null && f.likelihood !== null ? f.impact * f.likelihood : null,
            t(`pestel.directions.${f.direction}`),
            t(`pestel.horizons.${f.horizon}`),
            f.note,
          ]),
      ),
    ],
  };
}

/** The QSPM (or weighted criteria): key factor, weight, then AS and TAS per alternative; sums at the end. */
export function qspmTable(project: Project, view: ScoringView, t: Translate, names: string[]): CsvTable {
  const alternatives = project.strategy.alternatives;
  return {
    name: 'QSPM',
    rows: [
      [h(t, 'label'), h(t, 'factor'), h(t, 'weight'), ...names.flatMap((n) => [`${n} AS`, `${n} TAS`])],
      ...view.factors.map((f) => [
        f.label,
        f.text,
        f.weight,
        ...alternatives.flatMap((a) => {
          const score = own(a.scores, f.id);
          return [score === null ? '—' : score, round(view.tas[a.id]?.[f.id])];
        }),
      ]),
      ['', h(t, 'sumTas'), '', ...alternatives.flatMap((a) => ['', round(view.totals[a.id])])],
    ],
  };
}

export function cpmTable(project: Project, t: Translate): CsvTable {
  const { cpm } = project.strategy;
  const { players, totals } = cpmScores(project, t);
  return {
    name: 'CPM',
    rows: [
      [h(t, 'factor'), h(t, 'weight'), ...players.map((p) => p.name)],
      ...cpm.map((f) => [f.name, f.weight, ...players.map((p) => own(f.ratings, p.id) ?? null)]),
      [
        h(t, 'total'),
        round(cpm.reduce((s, f) => s + (f.weight ?? 0), 0)),
        ...players.map((p) => round(totals[p.id] ?? 0)),
      ],
    ],
  };
}

export function valueCurveTable(project: Project, t: Translate, names: Map<string, string>): CsvTable {
  const { firm, competitors, alternatives, valueFactors } = project.strategy;
  const curves = [
    { name: t('positioning.firmToday'), levels: firm.valueCurve },
    ...alternatives.map((a) => ({ name: names.get(a.id) ?? a.name, levels: a.valueCurve })),
    ...competitors.map((c) => ({ name: c.name, levels: c.valueCurve })),
  ];
  return {
    name: t('positioning.valueCurves'),
    rows: [
      [h(t, 'factor'), ...curves.map((c) => c.name)],
      ...valueFactors.map((f) => [f.name, ...curves.map((c) => own(c.levels, f.id) ?? null)]),
    ],
  };
}

export function playersTable(project: Project, t: Translate, names: Map<string, string>): CsvTable {
  const { firm, competitors, alternatives } = project.strategy;
  return {
    name: t('positioning.heading'),
    rows: [
      [h(t, 'player'), h(t, 'price'), h(t, 'quality'), h(t, 'share')],
      [t('positioning.firmToday'), firm.price, firm.quality, firm.share],
      ...alternatives.map((a) => [names.get(a.id) ?? a.name, a.price, a.quality, null]),
      ...competitors.map((c) => [c.name, c.price, c.quality, c.share]),
    ],
  };
}
