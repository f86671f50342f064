/**
 * Sorting claims on one table column over row objects: the readable definition of the engine's table orders
 * (src/lib/engine/tableOrder.ts: radix sorts over cached keys). Tests only.
 */
import type { Claim } from '../../../extract/core/types.ts';
import { columnByKey, type Sort } from '../../../src/lib/sort.ts';

/**
 * A stable sort on one column. Empty values (null, '') always go last, whatever the direction;
 * ties keep the input order. Strings compare case-insensitively with numeric awareness (A10 < A100).
 */
export function sortClaims<T extends Claim>(claims: readonly T[], sort: Sort): T[] {
  const column = columnByKey(sort.column);
  if (!column) return [...claims];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const keyed = claims.map((c, i) => ({ c, i, v: column.value(c) }));
  keyed.sort((a, b) => {
    const ea = a.v === null || a.v === '';
    const eb = b.v === null || b.v === '';
    if (ea || eb) return ea === eb ? a.i - b.i : ea ? 1 : -1;
    const d = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return d * sign || a.i - b.i;
  });
  return keyed.map((k) => k.c);
}
