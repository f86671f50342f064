/**
 * The whole view (filters, group by, sort, selected claim) ↔ the URL query string, so a reload or a shared link
 * restores it. Defaults are left out of the query. Pure functions.
 */
import { emptyFilters, type Filters } from './filters.ts';
import { GROUP_BYS, type GroupBy } from './grouping.ts';
import { columnByKey, DEFAULT_SORT, type Sort } from './sort.ts';

export interface ViewState {
  filters: Filters;
  groupBy: GroupBy;
  sort: Sort;
  /** Row id of the claim in the evidence panel. */
  selected: string | null;
}

export const DEFAULT_GROUP_BY: GroupBy = 'topic';

export function defaultView(): ViewState {
  return { filters: emptyFilters(), groupBy: DEFAULT_GROUP_BY, sort: { ...DEFAULT_SORT }, selected: null };
}

const LIST_KEYS = { hardware: 'hw', baseline: 'baseline', topic: 'topic', metric: 'metric' } as const;

/** The query string (without `?`) for a view; '' for the default view. */
export function viewToQuery(v: ViewState): string {
  const q = new URLSearchParams();
  for (const [facet, key] of Object.entries(LIST_KEYS) as [keyof typeof LIST_KEYS, string][]) {
    for (const value of v.filters[facet]) q.append(key, value);
  }
  if (v.filters.search.trim()) q.set('q', v.filters.search);
  if (v.filters.hideUpTo) q.set('noupto', '1');
  if (v.groupBy !== DEFAULT_GROUP_BY) q.set('group', v.groupBy);
  if (v.sort.column !== DEFAULT_SORT.column || v.sort.dir !== DEFAULT_SORT.dir) {
    q.set('sort', v.sort.column);
    q.set('dir', v.sort.dir);
  }
  if (v.selected) q.set('claim', v.selected);
  return q.toString();
}

/** Reads a view from a query string (with or without `?`); unknown or invalid values fall back to defaults. */
export function queryToView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const v = defaultView();
  for (const [facet, key] of Object.entries(LIST_KEYS) as [keyof typeof LIST_KEYS, string][]) {
    v.filters[facet] = [...new Set(q.getAll(key).filter((s) => s !== ''))];
  }
  v.filters.search = q.get('q') ?? '';
  v.filters.hideUpTo = q.get('noupto') === '1';
  const group = q.get('group');
  if (group && (GROUP_BYS as readonly string[]).includes(group)) v.groupBy = group as GroupBy;
  const sort = q.get('sort');
  if (sort && columnByKey(sort)) {
    v.sort = { column: sort, dir: q.get('dir') === 'asc' ? 'asc' : 'desc' };
  }
  v.selected = q.get('claim') || null;
  return v;
}
