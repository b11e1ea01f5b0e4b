import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * Who gave an item in a workshop: a participant's name, or none (anonymous, shown as "anonymous <n>", n
 * counted per workshop room), and when they wrote it.
 */
export const contributorSchema = z.object({
  name: z.string().max(LIMITS.contributorNameChars).default(''),
  n: z.number().int().min(1).max(LIMITS.participantsPerRecord),
  at: z.iso.datetime({ offset: true }),
  /** The participant's idea as the room knew it (`<key prefix>/<idea id>`): the same idea imported twice counts once. */
  ref: z.string().max(LIMITS.contributorRefChars).default(''),
});

/**
 * Provenance on an item of a canvas other than the SWOT (a PEST(EL) factor, a driver, a TOWS strategy, a value
 * factor): fewer givers are kept than on a SWOT item, so that a project at every count limit stays inside its
 * size limit.
 */
export const ideaContributorsSchema = z.array(contributorSchema).max(LIMITS.contributorsPerIdea).default([]);
