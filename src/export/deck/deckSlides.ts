import { FORCES, QUADRANTS, TOWS_CELLS } from '../../domain/project/schema';
import type { Project } from '../../domain/project/types';
import { summariseForces } from '../../domain/forces/intensity';
import { pestelScore } from '../../domain/pestel/score';
import { scoringView } from '../../domain/strategy/analysis';
import { clockRoute, NINE_CELLS, priceQualityCell } from '../../domain/strategy/positioning';
import { factorMatrix } from '../../domain/swot/factorMatrix';
import { itemLabels, linkLabels } from '../../domain/swot/labels';
import { IE_CELLS, ieMatrixCell } from '../../domain/swot/scoring';
import { NINE_CELL_FILL, PRESCRIPTION_COLOURS } from '../../views/theme';
import { alternativeName, cpmScores, placedPlayers, valueCanvas } from '../../views/names';
import type { Translate, ViewContext } from '../../views/types';
import type { Deck, DeckSlide } from './deckModel';
import { C, fmt, hex, round, SERIES } from './deckPalette';
import { scenarioSlides, serviceSlides } from './serviceSlides';
import { tornadoSlide } from './tornadoSlide';
import { tornadoView } from '../../views/tornadoView';
import { own } from '../../domain/project/own';

function swotSlide(project: Project, t: Translate): DeckSlide | null {
  const labels = itemLabels(project.swot);
  const rows = QUADRANTS.flatMap((q) =>
    project.swot[q].map((item) => [
      `${labels.get(item.id)}`,
      item.text,
      fmt(item.weight),
      item.rating === null ? '–' : String(item.rating),
    ]),
  );
  if (rows.length === 0) return null;
  return {
    id: 'swot',
    title: t('swot.heading'),
    subtitle: `${t('swot.quadrant.strengths')} · ${t('swot.quadrant.weaknesses')} · ${t('swot.quadrant.opportunities')} · ${t('swot.quadrant.threats')}`,
    source: t('strategy.source'),
    body: {
      kind: 'table',
      header: [t('csv.label'), t('csv.text'), t('csv.weight'), t('csv.rating')],
      rows,
      widths: [0.8, 8.6, 1.2, 1.2],
    },
  };
}

function towsSlide(project: Project, t: Translate): DeckSlide | null {
  const labels = itemLabels(project.swot);
  const rows = TOWS_CELLS.flatMap((cell) =>
    project.tows[cell].map((s, i) => [`${cell}${i + 1}`, s.text, linkLabels(s.links, labels).join(', ')]),
  );
  if (rows.length === 0) return null;
  return {
    id: 'tows',
    title: t('tows.heading'),
    subtitle: t('tows.intro'),
    body: { kind: 'table', header: ['', t('csv.text'), t('tows.links')], rows, widths: [0.9, 8.9, 2] },
  };
}

function forcesSlide(project: Project, t: Translate): DeckSlide | null {
  const summary = summariseForces(project.forces);
  if (FORCES.every((f) => summary.byForce[f].now === null)) return null;
  const labels = FORCES.map((f) => t(`forces.short.${f}`));
  return {
    id: 'forces',
    title: t('forces.radarTitle'),
    subtitle: t('forces.chartSubtitle'),
    source: t('forces.chartSource'),
    body: {
      kind: 'chart',
      chart: {
        kind: 'bar',
        series: [
          { name: t('common.now'), labels, values: FORCES.map((f) => summary.byForce[f].now) },
          { name: t('common.future'), labels, values: FORCES.map((f) => summary.byForce[f].future) },
        ],
        colours: [C.blue, C.orange],
        yTitle: t('forces.axis'),
        yMin: 0,
        yMax: 5,
        valueFormat: '0.0',
      },
    },
  };
}

function pestelSlide(project: Project, t: Translate): DeckSlide | null {
  const rated = project.pestel
    .filter((f) => f.impact !== null && f.likelihood !== null)
    .sort((a, b) => (pestelScore(b) ?? 0) - (pestelScore(a) ?? 0));
  if (rated.length === 0) return null;
  const labels = rated.map((f) => f.text);
  return {
    id: 'pestel',
    title: t('pestel.bubbleTitle'),
    subtitle: t('pestel.ranking'),
    source: t('pestel.chartSource'),
    body: {
      kind: 'chart',
      chart: {
        kind: 'bar',
        horizontal: true,
        series: [{ name: t('csv.score'), labels, values: rated.map((f) => pestelScore(f)) }],
        colours: [C.blue],
        yTitle: t('csv.score'),
        yMin: 0,
        yMax: 25,
        valueFormat: '0',
      },
    },
  };
}

function ifeEfeSlide(project: Project, t: Translate): DeckSlide | null {
  const ife = factorMatrix(project.swot, 'ife');
  const efe = factorMatrix(project.swot, 'efe');
  if (!ife.valid || !efe.valid) return null;
  return {
    id: 'ifeEfe',
    title: `${t('scoring.totalsTitle')}: IFE ${fmt(ife.total)}, EFE ${fmt(efe.total)}`,
    subtitle: t('scoring.totalsSubtitle'),
    source: t('scoring.chartSource'),
    body: {
      kind: 'chart',
      chart: {
        kind: 'bar',
        series: [
          {
            name: t('scoring.totalAxis'),
            labels: ['IFE', 'EFE'],
            values: [round(ife.total), round(efe.total)],
          },
        ],
        colours: [C.blue],
        yTitle: t('scoring.totalAxis'),
        yMin: 0,
        yMax: 4,
        valueFormat: '0.00',
      },
      note: `IFE ${fmt(ife.total)} · EFE ${fmt(efe.total)} · ${t('scoring.average')}`,
    },
  };
}

/** The IE matrix as David draws it: IFE bands across (strong 3–4 on the left), EFE bands down; the firm marked. */
function ieMatrixSlide(project: Project, t: Translate): DeckSlide | null {
  const ife = factorMatrix(project.swot, 'ife');
  const efe = factorMatrix(project.swot, 'efe');
  if (!ife.valid || !efe.valid) return null;
  const placed = ieMatrixCell(ife.total, efe.total);
  const bands = ['3.0–4.0', '2.0–2.99', '1.0–1.99'];
  return {
    id: 'ieMatrix',
    title: `${t('scoring.ieTitle')}: ${t('scoring.iePosition', {
      cell: placed.cell,
      prescription: t(`scoring.prescription.${placed.prescription}`),
    })}`,
    subtitle: t('scoring.ieSubtitle'),
    source: t('scoring.chartSource'),
    body: {
      kind: 'table',
      header: [`EFE \\ IFE`, ...bands],
      rows: [0, 1, 2].map((r) => [
        bands[r]!,
        ...IE_CELLS.slice(r * 3, r * 3 + 3).map(({ cell, prescription }) =>
          cell === placed.cell
            ? `● ${t('scoring.firm')} (IFE ${fmt(ife.total)}, EFE ${fmt(efe.total)})\n${cell} · ${t(`scoring.prescription.${prescription}`)}`
            : `${cell} · ${t(`scoring.prescription.${prescription}`)}`,
        ),
      ]),
      widths: [1.4, 3.5, 3.5, 3.5],
      rowHeight: 1.35,
      // Tinted by prescription as on screen; the band labels stay plain.
      fills: [0, 1, 2].map((r) => [
        '',
        ...IE_CELLS.slice(r * 3, r * 3 + 3).map(({ prescription }) =>
          hex(PRESCRIPTION_COLOURS[prescription]),
        ),
      ]),
    },
  };
}

function qspmSlides(project: Project, ctx: ViewContext): DeckSlide[] {
  const { t } = ctx;
  const view = scoringView(project);
  const alternatives = project.strategy.alternatives;
  const drawn = view.counted.factors.filter((f) => view.status[f.id] === 'complete');
  if (drawn.length === 0 || alternatives.length < 2) return [];
  const names = alternatives.map((a) => alternativeName(a, t));
  const leader = alternatives.find((a) => a.id === view.ranking[0])!;
  const qspm: DeckSlide = {
    id: 'qspm',
    title: t('strategy.tasChartTitle', { name: alternativeName(leader, t) }),
    subtitle: t('strategy.tasChartSubtitle'),
    source: t('strategy.source'),
    body: {
      kind: 'chart',
      chart: {
        kind: 'bar',
        stacked: true,
        series: drawn.map((f) => ({
          name: `${f.label} ${f.text}`.slice(0, 60),
          labels: names,
          values: alternatives.map((a) => round(view.tas[a.id]?.[f.id] ?? 0, 4)),
        })),
        colours: drawn.map((_, i) => SERIES[(i + 1) % SERIES.length]!),
        yTitle: t('strategy.tasAxis'),
        valueFormat: '0.00',
      },
      note: view.ranking
        .map(
          (id, i) => `${i + 1}. ${names[alternatives.findIndex((a) => a.id === id)]} ${fmt(view.totals[id])}`,
        )
        .join('   '),
    },
  };
  const tornado = tornadoView(project, view, ctx);
  return tornado ? [qspm, tornadoSlide(tornado)] : [qspm];
}

function positioningSlide(project: Project, t: Translate): DeckSlide | null {
  const players = placedPlayers(project, t).placed;
  if (players.length === 0) return null;
  return {
    id: 'positioning',
    title: t('positioning.nineCellTitle'),
    subtitle: t('positioning.nineCellSubtitle'),
    source: t('positioning.source'),
    body: {
      kind: 'chart',
      chart: {
        kind: 'scatter',
        x: players.map((p) => p.price),
        series: [
          {
            name: t('positioning.valueAxis'),
            labels: players.map((p) => p.name),
            values: players.map((p) => p.quality),
          },
        ],
        colours: [C.blue],
        xTitle: t('positioning.priceAxis'),
        yTitle: t('positioning.qualityAxis'),
        xMin: 0,
        xMax: 10,
        yMin: 0,
        yMax: 10,
        valueFormat: '0',
        grid: {
          rows: 3,
          cols: 3,
          cells: (['high', 'medium', 'low'] as const).flatMap((quality) =>
            (['low', 'medium', 'high'] as const).map((price) => {
              const cell = NINE_CELLS[quality][price];
              return { label: t(`positioning.cell.${cell}`), fill: hex(NINE_CELL_FILL[cell]) };
            }),
          ),
        },
      },
      note: players
        .map(
          (p) =>
            `${p.name}: ${t(`positioning.cell.${priceQualityCell(p.quality, p.price)}`)} / ${t(`positioning.route.${clockRoute(p.price, p.quality)}`)}`,
        )
        .join(' · '),
    },
  };
}

function cpmSlide(project: Project, t: Translate): DeckSlide | null {
  const { cpm } = project.strategy;
  if (cpm.length < 3) return null;
  const { players, totals } = cpmScores(project, t);
  const labels = cpm.map((f) => f.name);
  return {
    id: 'cpm',
    title: t('positioning.cpmRadarTitle'),
    subtitle: t('positioning.cpmRadarSubtitle'),
    source: t('positioning.source'),
    body: {
      kind: 'chart',
      chart: {
        kind: 'radar',
        // The firm solid, competitors dashed, as on screen.
        series: players.map((p, i) => ({
          name: p.name,
          labels,
          values: cpm.map((f) => own(f.ratings, p.id) ?? null),
          ...(i > 0 && { style: { dash: true } }),
        })),
        colours: players.map((_, i) => SERIES[i % SERIES.length]!),
        yMin: 0,
        yMax: 4,
        valueFormat: '0',
      },
      note: `${t('positioning.cpmTotal')}: ${players.map((p) => `${p.name} ${fmt(totals[p.id])}`).join(' · ')}`,
    },
  };
}

function valueCurveSlide(project: Project, t: Translate): DeckSlide | null {
  const { valueFactors } = project.strategy;
  const { alternative, curves } = valueCanvas(project, t);
  if (valueFactors.length < 2 || curves.length === 0) return null;
  const labels = valueFactors.map((f) => f.name);
  return {
    id: 'valueCurves',
    title: t('positioning.canvasTitle', { name: alternative ? alternativeName(alternative, t) : '' }),
    subtitle: t('positioning.canvasSubtitle'),
    source: t('positioning.source'),
    body: {
      kind: 'chart',
      chart: {
        kind: 'line',
        series: curves.map((c) => ({
          name: c.name,
          labels,
          values: valueFactors.map((f) => own(c.levels, f.id) ?? null),
          ...(c.dashed && { style: { dash: true } }),
        })),
        colours: curves.map((_, i) => SERIES[i % SERIES.length]!),
        yTitle: t('positioning.canvasAxis'),
        yMin: 0,
        yMax: 10,
        valueFormat: '0',
      },
    },
  };
}

function choiceSlide(project: Project, t: Translate): DeckSlide | null {
  const { alternatives, chosenId, justification, brand } = project.strategy;
  const chosen = alternatives.find((a) => a.id === chosenId);
  if (!chosen) return null;
  const blank = t('strategy.statementBlank');
  return {
    id: 'choice',
    title: `${t('strategy.chosen')}: ${alternativeName(chosen, t)}`,
    subtitle: t('strategy.statement'),
    body: {
      kind: 'text',
      paragraphs: [
        t('strategy.statementText', {
          target: chosen.statement.target || chosen.segment || blank,
          brand: brand || project.name,
          concept: chosen.statement.concept || blank,
          difference: chosen.statement.difference || blank,
          interpolation: { escapeValue: false },
        }),
        justification,
      ].filter((p) => p.trim() !== ''),
    },
  };
}

/** Every slide the project has data for, in the order of the analysis. */
export function availableSlides(project: Project, ctx: ViewContext): DeckSlide[] {
  const { t } = ctx;
  return [
    swotSlide(project, t),
    towsSlide(project, t),
    forcesSlide(project, t),
    pestelSlide(project, t),
    ifeEfeSlide(project, t),
    ieMatrixSlide(project, t),
    ...serviceSlides(project, ctx),
    ...scenarioSlides(project, ctx),
    ...qspmSlides(project, ctx),
    positioningSlide(project, t),
    cpmSlide(project, t),
    valueCurveSlide(project, t),
    choiceSlide(project, t),
  ].filter((s): s is DeckSlide => s !== null);
}

/** The deck: a title slide's texts, then the chosen slides in the chosen order. */
export function buildDeck(project: Project, ctx: ViewContext, order: readonly string[], date: string): Deck {
  const { t } = ctx;
  const byId = new Map(availableSlides(project, ctx).map((s) => [s.id, s]));
  return {
    title: project.name,
    subtitle: project.description || t('app.title'),
    date,
    slides: order.map((id) => byId.get(id)).filter((s): s is DeckSlide => s !== undefined),
  };
}
