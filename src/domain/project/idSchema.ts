import { z } from 'zod';

/** Names the structural check refuses as keys; as ids they would become keys of scores and ratings. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** An id: letters, digits, - and _, not a reserved name, so that it can key a record that loads again. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .refine((id) => !RESERVED_NAMES.has(id), { params: { problem: 'reservedId' } });
