import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * How many participants gave each score from 1 to 5 (index 0 counts the 1s): a workshop's spread of one
 * rating, kept small (five counts) whatever the number of participants.
 */
export const histogramSchema = z.array(z.number().int().min(0).max(LIMITS.participantsPerRecord)).length(5);
