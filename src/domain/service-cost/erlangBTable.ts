import { RANGES } from '../project/ranges';

/**
 * Erlang B of whole agent counts 0…n for recent traffics, as the recursion gives them: a channel mix's curve
 * staffs each channel for 51 targets, a call centre's high targets ask for several counts, and each asked
 * for B from scratch (O(agents) each: 60 ms for a mix at 100,000 contacts). The same numbers, computed once.
 */
const tables = new Map<number, Float64Array>();
const TABLES_KEPT = 4;

/** B(0…m) for traffic `a` (Erlangs), m ≥ n, from the kept table when it reaches n. */
export function recursionTable(a: number, n: number): Float64Array {
  const table = tables.get(a);
  if (table && table.length > n) return table;
  const known = table?.length ?? 0;
  const grown = new Float64Array(Math.min(RANGES.agents.max + 1, Math.max(n + 1, 2 * known, 64)));
  if (table) grown.set(table);
  else grown[0] = 1;
  for (let k = Math.max(1, known); k < grown.length; k += 1)
    grown[k] = (a * grown[k - 1]!) / (k + a * grown[k - 1]!);
  tables.delete(a); // most recently used last
  tables.set(a, grown);
  if (tables.size > TABLES_KEPT) tables.delete(tables.keys().next().value!);
  return grown;
}
