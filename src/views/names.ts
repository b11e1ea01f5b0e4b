import { own } from '../domain/project/own';
import type { Alternative, Project } from '../domain/project/types';
import { cpmTotals } from '../domain/strategy/cpm';
import { placePlayers } from '../domain/strategy/players';
import { errcGrid } from '../domain/strategy/valueCurve';

import type { Translate } from './types';

/** An alternative's own name, or its generic strategy's name in the user's language. */
export function alternativeName(alternative: Alternative, t: Translate): string {
  return alternative.name.trim() || t(`strategy.kind.${alternative.kind}`);
}

/** The players of the positioning maps, named in the user's language. */
export function placedPlayers(project: Project, t: Translate) {
  return placePlayers(project, {
    firm: t('positioning.firmToday'),
    competitor: t('positioning.newCompetitor'),
    alternative: (a) => alternativeName(a, t),
  });
}

/** The competitive profile matrix's players (the firm first), named, with their weighted totals. */
export function cpmScores(project: Project, t: Translate) {
  const { firm, competitors, cpm } = project.strategy;
  const players = [
    { id: firm.id, name: t('positioning.firmToday') },
    ...competitors.map((c) => ({ id: c.id, name: c.name.trim() || t('positioning.newCompetitor') })),
  ];
  const { totals, unrated } = cpmTotals(
    cpm.map((f) => ({ id: f.id, weight: f.weight ?? 0, ratings: f.ratings })),
    players.map((p) => p.id),
  );
  return { players, totals, unrated };
}

/**
 * The strategy canvas as the page, the report and the deck draw it: today and one alternative (the one
 * asked for, else the chosen one, else the first) solid, the competitors dashed, only curves with a level;
 * and the ERRC grid from today to that alternative.
 */
export function valueCanvas(project: Project, t: Translate, alternativeId?: string | null) {
  const { firm, competitors, alternatives, valueFactors, chosenId } = project.strategy;
  const alternative =
    alternatives.find((a) => a.id === (alternativeId ?? chosenId)) ?? alternatives[0] ?? null;
  const curves = [
    { id: firm.id, name: t('positioning.firmToday'), dashed: false, levels: firm.valueCurve },
    ...(alternative
      ? [
          {
            id: alternative.id,
            name: alternativeName(alternative, t),
            dashed: false,
            levels: alternative.valueCurve,
          },
        ]
      : []),
    ...competitors.map((c) => ({
      id: c.id,
      name: c.name.trim() || t('positioning.newCompetitor'),
      dashed: true,
      levels: c.valueCurve,
    })),
  ].filter((c) => valueFactors.some((f) => own(c.levels, f.id) !== undefined));
  const grid = alternative
    ? errcGrid(
        valueFactors
          .filter(
            (f) =>
              own(firm.valueCurve, f.id) !== undefined && own(alternative.valueCurve, f.id) !== undefined,
          )
          .map((f) => ({
            id: f.id,
            current: own(firm.valueCurve, f.id)!,
            proposed: own(alternative.valueCurve, f.id)!,
          })),
      )
    : null;
  return { alternative, curves, grid };
}

/**
 * The positioning statement of an alternative, "For (target), our (brand) is (concept) that (difference).",
 * with a blank for each part not yet written (a focus strategy's segment stands in for the target).
 */
export function positioningStatement(project: Project, alternative: Alternative, t: Translate): string {
  const blank = t('strategy.statementBlank');
  const { statement } = alternative;
  return t('strategy.statementText', {
    target: statement.target || alternative.segment || blank,
    brand: project.strategy.brand || project.name,
    concept: statement.concept || blank,
    difference: statement.difference || blank,
    interpolation: { escapeValue: false },
  });
}
