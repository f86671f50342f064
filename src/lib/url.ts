/**
 * The whole view (filters, group by, the chart's metric family, sort, table columns, selected claim, the system of
 * "Who beats whom") ↔ the URL
 * query string, so a reload or a shared link restores it. Defaults are left out of the query. Pure functions.
 */
import { DEFAULT_FAMILY, isFamily, type Family } from './families.ts';
import { emptyFilters, type Filters } from './filters.ts';
import { GROUP_BYS, type GroupBy } from './grouping.ts';
import { columnByKey, DEFAULT_COLUMNS, DEFAULT_SORT, TABLE_COLUMNS, type Sort } from './sort.ts';

export interface ViewState {
  filters: Filters;
  groupBy: GroupBy;
  family: Family;
  sort: Sort;
  /** The table's visible columns (keys), in TABLE_COLUMNS order. */
  columns: readonly string[];
  /** Row id of the claim in the evidence panel. */
  selected: string | null;
  /** The system "Who beats whom" shows (a canonical name); null: the most-compared baseline under the filters. */
  who: string | null;
}

export const DEFAULT_GROUP_BY: GroupBy = 'topic';

export function defaultView(): ViewState {
  return {
    filters: emptyFilters(), groupBy: DEFAULT_GROUP_BY, family: DEFAULT_FAMILY, sort: { ...DEFAULT_SORT },
    columns: DEFAULT_COLUMNS, selected: null, who: null,
  };
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
  if (v.family !== DEFAULT_FAMILY) q.set('family', v.family);
  if (v.sort.column !== DEFAULT_SORT.column || v.sort.dir !== DEFAULT_SORT.dir) {
    q.set('sort', v.sort.column);
    q.set('dir', v.sort.dir);
  }
  if (v.columns.join() !== DEFAULT_COLUMNS.join()) q.set('cols', v.columns.join(','));
  if (v.selected) q.set('claim', v.selected);
  if (v.who) q.set('who', v.who);
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
  const family = q.get('family');
  if (isFamily(family)) v.family = family;
  const cols = q.get('cols')?.split(',').filter((k) => columnByKey(k));
  if (cols?.length) v.columns = orderColumns(cols);
  const sort = q.get('sort');
  if (sort && columnByKey(sort)) {
    v.sort = { column: sort, dir: q.get('dir') === 'asc' ? 'asc' : 'desc' };
  }
  v.selected = q.get('claim') || null;
  v.who = q.get('who')?.trim() || null;
  return v;
}

/** Column keys in the table's order, each once. */
export function orderColumns(keys: readonly string[]): string[] {
  return TABLE_COLUMNS.map((c) => c.key).filter((k) => keys.includes(k));
}

/** What a history entry is for: a new view (push), the same view said again (replace), or nothing to write. */
export type HistoryStep = 'push' | 'replace' | 'none';

/**
 * How to write view `next` over the history entry that shows `prev`: a change of what is shown (filters, group by,
 * family, sort, the system of Who beats whom) gets an entry of its own, so Back undoes it; Search edits in a row share
 * one (`typing`: the entry was written by a Search edit); a claim or a column chosen only rewrites the entry. Returns
 * the step and whether the entry is then a Search edit's.
 */
export function historyStep(prev: ViewState, next: ViewState, typing: boolean): { step: HistoryStep; typing: boolean } {
  if (viewToQuery(prev) === viewToQuery(next)) return { step: 'none', typing };
  const shown = (v: ViewState) => JSON.stringify([{ ...v.filters, search: '' }, v.groupBy, v.family, v.sort, v.who]);
  if (shown(prev) !== shown(next)) return { step: 'push', typing: false };
  if (prev.filters.search.trim() !== next.filters.search.trim()) return { step: typing ? 'replace' : 'push', typing: true };
  return { step: 'replace', typing };
}
