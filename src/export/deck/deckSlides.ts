import { QUADRANTS, TOWS_CELLS } from '../../domain/project/schema';
import type { Project } from '../../domain/project/types';
import { scoringView } from '../../domain/strategy/analysis';
import { itemLabels, linkLabels } from '../../domain/swot/labels';
import { alternativeName, positioningStatement } from '../../views/names';
import type { ChartView, Translate, ViewContext } from '../../views/types';
import type { Deck, DeckSlide } from './deckModel';
import { customerSlides } from './customerSlides';
import { complaintParetoView } from '../../views/complaintParetoView';
import { scenarioSlides, serviceSlides } from './serviceSlides';
import { slideOfView } from './slideOfView';
import { workshopSlides } from './workshopSlides';
import { cpmView, qspmView, valueCurveView } from '../../views/strategyViews';
import { forcesView, ifeEfeView } from '../../views/environmentViews';
import { tornadoView } from '../../views/tornadoView';
import { positioningView } from '../../views/positioningView';
import { ieMatrixView } from '../../views/ieMatrixView';
import { clockView } from '../../views/clockView';
import { pestelBubbleView, pestelRankingView, valueBubbleView } from '../../views/pointsViews';

/** Tints of the four quadrants, as on screen. */
const QUADRANT_FILL = {
  strengths: 'E3F1FB',
  weaknesses: 'FDF1D6',
  opportunities: 'DFF3EA',
  threats: 'FBE5D9',
};

/** The SWOT as its 2×2: each quadrant's numbered items with weight and rating; what does not fit continues. */
function swotSlide(project: Project, ctx: ViewContext): DeckSlide | null {
  const { t } = ctx;
  const labels = itemLabels(project.swot);
  if (QUADRANTS.every((q) => project.swot[q].length === 0)) return null;
  const shown = (v: number | null, d: number) => (v === null ? '–' : ctx.fixed(v, d));
  return {
    id: 'swot',
    title: t('swot.heading'),
    subtitle: `${t('swot.quadrant.strengths')} · ${t('swot.quadrant.weaknesses')} · ${t('swot.quadrant.opportunities')} · ${t('swot.quadrant.threats')}`,
    source: t('swot.source'),
    body: {
      kind: 'quadrants',
      cells: QUADRANTS.map((q) => ({
        title: t(`swot.quadrant.${q}`),
        fill: QUADRANT_FILL[q],
        items: project.swot[q].map(
          (item) =>
            `${labels.get(item.id)}  ${item.text} (${t('swot.itemWeights', { weight: shown(item.weight, 2), rating: shown(item.rating, 0) })})`,
        ),
      })),
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
    source: t('tows.source'),
    body: { kind: 'table', header: ['', t('csv.text'), t('tows.links')], rows, widths: [0.9, 8.9, 2] },
  };
}

function choiceSlide(project: Project, t: Translate): DeckSlide | null {
  const { alternatives, chosenId, justification } = project.strategy;
  const chosen = alternatives.find((a) => a.id === chosenId);
  if (!chosen) return null;
  return {
    id: 'choice',
    title: `${t('strategy.chosen')}: ${alternativeName(chosen, t)}`,
    subtitle: t('strategy.statement'),
    body: {
      kind: 'text',
      paragraphs: [positioningStatement(project, chosen, t), justification].filter((p) => p.trim() !== ''),
    },
  };
}

/** Every slide the project has data for, in the order of the analysis. */
export function availableSlides(project: Project, ctx: ViewContext): DeckSlide[] {
  const { t } = ctx;
  const scoring = scoringView(project);
  const view = (v: ChartView | null) => (v ? slideOfView(v) : null);
  const optional = (v: ChartView | null) => (v ? { ...slideOfView(v), optional: true } : null);
  return [
    swotSlide(project, ctx),
    towsSlide(project, t),
    view(forcesView(project.forces, ctx)),
    view(pestelRankingView(project.pestel, ctx)),
    optional(pestelBubbleView(project.pestel, ctx)),
    view(ifeEfeView(project.swot, ctx)),
    (() => {
      const ie = ieMatrixView(project.swot, ctx);
      return ie.players.length > 0 ? slideOfView(ie) : null;
    })(),
    ...customerSlides(project, ctx),
    ...serviceSlides(project, ctx),
    ...scenarioSlides(project, ctx),
    view(qspmView(project, scoring, ctx)),
    view(tornadoView(project, scoring, ctx)),
    view(positioningView(project, ctx)),
    view(valueBubbleView(project, ctx)),
    optional(clockView(project, ctx)),
    view(cpmView(project, ctx)),
    view(valueCurveView(project, ctx)),
    choiceSlide(project, t),
    view(complaintParetoView(project.implementation.recovery.complaints, ctx)),
    ...workshopSlides(project, ctx),
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
