/**
 * The recent views, each kept with what was derived from it (aggregates, chart data, absolute results, table
 * orders): going back to one (Clear filters, unchecking an option, deleting search letters) is a lookup.
 *
 * A view is found by a key derived from every field of its Filters (viewKey), not from a hand-picked list: a field
 * left out of a hand-written key makes two different views share one cached answer (leaving `hideUpTo` out passed
 * every unit and dom test while the app showed 2,000 rows instead of 1,132), and a new filter would have to be
 * remembered here too.
 */
import type { Claim } from '../../../extract/core/types.ts';
import type { Filters } from '../filters.ts';
import type { UnitGroup } from '../grouping.ts';
import { Recent } from '../recent.ts';
import type { Aggregates } from './aggregates.ts';
import type { ChartData } from './chartData.ts';
import type { Cross } from './crossFilter.ts';
import type { TableRows } from './tableRows.ts';

/** Views kept: ~2 MB each at 100k rows. */
const RECENT_VIEWS = 6;

/** The search as it is matched: trimmed and lower-cased ('' is no search), so ' Flash' and 'flash' are one view. */
export function needleOf(search: string): string {
  return search.trim().toLowerCase();
}

/** Fields of Filters that enter the key in a normal form (equal results, one view); the others enter as they are. */
const NORMAL_FORM: { [K in keyof Filters]?: (value: Filters[K]) => unknown } = { search: needleOf };

/** The cache key of a view: every field of the filters (in name order, so it is the same for any property order). */
export function viewKey(f: Filters): string {
  const fields = Object.keys(f).sort() as (keyof Filters)[];
  return JSON.stringify(fields.map((k) => {
    const normal = NORMAL_FORM[k] as ((value: unknown) => unknown) | undefined;
    return [k, normal ? normal(f[k]) : f[k]];
  }));
}

/** What was derived from one view's cross: the aggregate parts computed so far (AGG_* bits), charts, tables. */
export interface ViewMemo<T extends Claim> {
  aggregated: number;
  parts: Partial<Aggregates>;
  charts: Map<string, ChartData<T>>;
  absolute?: UnitGroup<T>[];
  sorted: Map<string, T[]>;
  tableRows: Map<string, TableRows<T>>;
}

export class ViewCache<T extends Claim> {
  private views = new Recent<string, Cross<T>>(RECENT_VIEWS);
  private memos = new WeakMap<Cross<T>, ViewMemo<T>>();

  /** The cross of filters `f`: the same object while the view is recent, else `compute()`'s, kept. */
  cross(f: Filters, compute: () => Cross<T>): Cross<T> {
    const key = viewKey(f);
    let cross = this.views.get(key);
    if (!cross) this.views.set(key, (cross = compute()));
    return cross;
  }

  /** What is derived from a view's cross (kept with it, and dropped with it). */
  memo(cross: Cross<T>): ViewMemo<T> {
    let m = this.memos.get(cross);
    if (!m) this.memos.set(cross, (m = { aggregated: 0, parts: {}, charts: new Map(), sorted: new Map(), tableRows: new Map() }));
    return m;
  }
}
