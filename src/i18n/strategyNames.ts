import type { Alternative, Project } from '../domain/project/types';
import { placePlayers } from '../domain/strategy/players';

type Translate = (key: string) => string;

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
