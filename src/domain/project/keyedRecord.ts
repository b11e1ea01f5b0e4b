import { z } from 'zod';

/**
 * A record keyed by ids with at most `max` keys. zod's record has no size limit of its own; the refusal
 * carries the `tooMany` problem code so that it reads like a list that is too long.
 */
export function keyedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(
  key: K,
  value: V,
  max: number,
) {
  return z.record(key, value).refine((record) => Object.keys(record).length <= max, {
    params: { problem: 'tooMany', max },
  });
}
