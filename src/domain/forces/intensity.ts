import { FORCES } from '../project/schema';
import type { Force, ForceDriver, Project } from '../project/types';

export type Horizon = 'now' | 'future';

/**
 * The intensity of one force, 1 (weak) – 5 (strong): the mean of its drivers' ratings for the horizon
 * (now, or expected in three years). Unrated drivers are left out; null when no driver is rated.
 */
export function forceIntensity(drivers: readonly ForceDriver[], horizon: Horizon): number | null {
  const ratings = drivers.map((d) => d[horizon]).filter((r): r is number => r !== null);
  if (ratings.length === 0) return null;
  return ratings.reduce((a, b) => a + b, 0) / ratings.length;
}

/**
 * Industry attractiveness, 1 (unattractive) – 5 (attractive): 6 − the mean intensity of the rated forces.
 * Strong forces take profit out of an industry (Porter), so the stronger they are on average, the less
 * attractive the industry. Null when no force is rated.
 */
export function industryAttractiveness(intensities: ReadonlyArray<number | null>): number | null {
  const rated = intensities.filter((i): i is number => i !== null);
  if (rated.length === 0) return null;
  return 6 - rated.reduce((a, b) => a + b, 0) / rated.length;
}

export interface ForcesSummary {
  byForce: Record<Force, { now: number | null; future: number | null; rated: number; drivers: number }>;
  attractiveness: { now: number | null; future: number | null };
}

/** Intensity of every force now and in three years, and the industry's attractiveness for both. */
export function summariseForces(forces: Project['forces']): ForcesSummary {
  const byForce = Object.fromEntries(
    FORCES.map((force) => {
      const drivers = forces[force];
      return [
        force,
        {
          now: forceIntensity(drivers, 'now'),
          future: forceIntensity(drivers, 'future'),
          rated: drivers.filter((d) => d.now !== null).length,
          drivers: drivers.length,
        },
      ];
    }),
  ) as ForcesSummary['byForce'];
  return {
    byForce,
    attractiveness: {
      now: industryAttractiveness(FORCES.map((f) => byForce[f].now)),
      future: industryAttractiveness(FORCES.map((f) => byForce[f].future)),
    },
  };
}
