import type { TFunction } from 'i18next';
import type { PlacedPlayer } from '../../charts/positioningMarks';
import type { Project } from '../../domain/project/types';
import { alternativeName } from './names';

/** Every player with a price and a quality rating, ready to draw; and the names of those without. */
export function placedPlayers(
  project: Project,
  t: TFunction,
): { placed: PlacedPlayer[]; unplaced: string[] } {
  const { firm, alternatives, competitors } = project.strategy;
  type Candidate = Omit<PlacedPlayer, 'price' | 'quality'> & { price: number | null; quality: number | null };
  const all: Candidate[] = [
    {
      id: firm.id,
      name: t('positioning.firmToday'),
      kind: 'firm' as const,
      price: firm.price,
      quality: firm.quality,
      share: firm.share,
    },
    ...alternatives.map((a) => ({
      id: a.id,
      name: alternativeName(a, t),
      kind: 'alternative' as const,
      price: a.price,
      quality: a.quality,
      share: null,
    })),
    ...competitors.map((c) => ({
      id: c.id,
      name: c.name || t('positioning.newCompetitor'),
      kind: 'competitor' as const,
      price: c.price,
      quality: c.quality,
      share: c.share,
    })),
  ];
  return {
    placed: all.flatMap((p) =>
      p.price !== null && p.quality !== null ? [{ ...p, price: p.price, quality: p.quality }] : [],
    ),
    unplaced: all.filter((p) => p.price === null || p.quality === null).map((p) => p.name),
  };
}
