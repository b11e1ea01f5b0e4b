import type { Alternative, Project } from '../project/types';

export type PlayerKind = 'firm' | 'alternative' | 'competitor';

export interface PlacedPlayer {
  id: string;
  name: string;
  kind: PlayerKind;
  /** 0–10 each. */
  price: number;
  quality: number;
  /** Market share in %, when known. */
  share: number | null;
}

export interface PlayerNames {
  firm: string;
  /** For a competitor whose name is empty. */
  competitor: string;
  alternative: (alternative: Alternative) => string;
}

/**
 * The firm today, each alternative and each competitor that has a price and a quality rating, ready to
 * draw; and the names of those still missing one.
 */
export function placePlayers(
  project: Project,
  names: PlayerNames,
): { placed: PlacedPlayer[]; unplaced: string[] } {
  const { firm, alternatives, competitors } = project.strategy;
  const all = [
    {
      id: firm.id,
      name: names.firm,
      kind: 'firm' as const,
      price: firm.price,
      quality: firm.quality,
      share: firm.share,
    },
    ...alternatives.map((a) => ({
      id: a.id,
      name: names.alternative(a),
      kind: 'alternative' as const,
      price: a.price,
      quality: a.quality,
      share: null,
    })),
    ...competitors.map((c) => ({
      id: c.id,
      name: c.name || names.competitor,
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
