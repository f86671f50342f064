/**
 * The absolute results (claims with no factor: levels and percentage points) grouped by unit, best first. Each
 * unit's claims are ordered once per data set; a view filters those orders through its fail mask. Same groups as
 * absoluteGroups (tests/src/reference/grouping.ts).
 */
import type { Claim } from '../../../extract/core/types.ts';
import type { ClaimTable } from '../claimTable.ts';
import { isLowerBetter, type UnitGroup } from '../grouping.ts';
import { orderByKey } from '../orderByKey.ts';
import type { Cross } from './crossFilter.ts';

export class AbsoluteResults<T extends Claim> {
  /** Per unit, its rows best first; made on first use (most views never show them). */
  private units: { unit: string; lower: boolean; order: Int32Array }[] | null = null;

  /** `relative[i]` is 1 for a claim with a factor (not an absolute result). */
  constructor(private readonly rows: readonly T[], private readonly table: ClaimTable, private readonly relative: Uint8Array) {}

  /** The view's absolute results: units with most claims first, then by name. */
  of(cross: Cross<T>): UnitGroup<T>[] {
    const units = (this.units ??= this.orderUnits());
    const { fail } = cross;
    const out: UnitGroup<T>[] = [];
    for (const u of units) {
      const claims: T[] = [];
      for (let k = 0; k < u.order.length; k++) { const i = u.order[k]; if (fail[i] === 0) claims.push(this.rows[i]); }
      if (claims.length) out.push({ unit: u.unit, lowerIsBetter: u.lower, claims });
    }
    return out.sort((a, b) => b.claims.length - a.claims.length || a.unit.localeCompare(b.unit));
  }

  private orderUnits(): { unit: string; lower: boolean; order: Int32Array }[] {
    const byUnit = new Map<string, number[]>();
    for (let i = 0; i < this.rows.length; i++) {
      if (this.relative[i]) continue;
      const unit = this.table.text('unit', i) || '(no unit)';
      let list = byUnit.get(unit);
      if (!list) byUnit.set(unit, (list = []));
      list.push(i);
    }
    const { value_low: low, value_high: high } = this.table.columns.num;
    return [...byUnit].map(([unit, list]) => {
      const lower = isLowerBetter(unit);
      // Best first: the lowest value_low for lower-is-better units, else the highest value_high; ties by row.
      return { unit, lower, order: lower ? orderByKey(Int32Array.from(list), low) : orderByKey(Int32Array.from(list), high, true) };
    });
  }
}
