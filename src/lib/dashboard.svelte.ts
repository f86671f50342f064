/**
 * The dashboard's one state store: the loaded rows, the view (filters, group by, sort, selected claim) and
 * everything derived from them. Views read it; only its methods change it. The view round-trips through the
 * URL query (see url.ts); App.svelte writes it back with history.replaceState.
 */
import { METRICS, TOPICS, type Claim } from '../../extract/core/types.ts';
import { withIds, type Row } from './claims.ts';
import { crossFilter, emptyFilters, facetValueSet, optionsFrom, toggleValue, type Facet, type FacetOption, type Filters } from './filters.ts';
import type { GroupBy } from './grouping.ts';
import { nextSort, sortClaims, type Sort } from './sort.ts';
import { queryToView, viewToQuery, type ViewState } from './url.ts';

export type Status = { kind: 'info' | 'error' | 'busy'; text: string } | null;

export class Dashboard {
  /** Raw (not deeply reactive): up to 100k rows are replaced wholesale, never mutated. */
  rows = $state.raw<Row[]>([]);
  /** Where the rows came from, e.g. "bundled data", "claims.csv", "2 pasted papers". */
  source = $state('');
  papers = $state<number | null>(null);
  loading = $state(true);
  status = $state<Status>(null);

  filters = $state.raw<Filters>(emptyFilters());
  groupBy = $state<GroupBy>('topic');
  sort = $state.raw<Sort>({ column: 'factor_low', dir: 'desc' });
  selectedId = $state<string | null>(null);

  /** Rows passing all filters, and per facet the rows passing all the others (for its counts and chart). */
  cross = $derived(crossFilter(this.rows, this.filters));
  filtered = $derived(this.cross.all);
  sorted = $derived(sortClaims(this.filtered, this.sort));
  byId = $derived(new Map(this.rows.map((r) => [r.id, r])));
  selected = $derived(this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null);
  /** The values present per facet: depends on the data only, not on the filters. */
  values = $derived({
    hardware: facetValueSet(this.rows, 'hardware'), baseline: facetValueSet(this.rows, 'baseline'),
    topic: facetValueSet(this.rows, 'topic'), metric: facetValueSet(this.rows, 'metric'),
  });
  options = $derived<Record<Facet, FacetOption[]>>({
    hardware: optionsFrom(this.values.hardware, this.cross.hardware, this.filters.hardware, 'hardware'),
    baseline: optionsFrom(this.values.baseline, this.cross.baseline, this.filters.baseline, 'baseline'),
    topic: optionsFrom(this.values.topic, this.cross.topic, this.filters.topic, 'topic', TOPICS),
    metric: optionsFrom(this.values.metric, this.cross.metric, this.filters.metric, 'metric', METRICS),
  });

  constructor(search = '') {
    this.setView(queryToView(search));
  }

  get view(): ViewState {
    return { filters: this.filters, groupBy: this.groupBy, sort: this.sort, selected: this.selectedId };
  }

  get query(): string {
    return viewToQuery(this.view);
  }

  setView(v: ViewState): void {
    this.filters = v.filters;
    this.groupBy = v.groupBy;
    this.sort = v.sort;
    this.selectedId = v.selected;
  }

  /** Replaces the data; the view's filters stay (values that no longer occur are still listed with count 0). */
  setClaims(claims: readonly Claim[], source: string, papers: number | null = null): void {
    this.rows = withIds(claims);
    this.source = source;
    this.papers = papers;
    if (this.selectedId && !this.rows.some((r) => r.id === this.selectedId)) this.selectedId = null;
  }

  toggle(facet: Facet, value: string): void {
    this.filters = toggleValue(this.filters, facet, value);
  }

  setFacet(facet: Facet, values: string[]): void {
    this.filters = { ...this.filters, [facet]: values };
  }

  /** Chart clicks: show only this value, or clear the facet when it is already the only one. */
  only(facet: Facet, value: string): void {
    const cur = this.filters[facet];
    this.setFacet(facet, cur.length === 1 && cur[0] === value ? [] : [value]);
  }

  setSearch(text: string): void {
    this.filters = { ...this.filters, search: text };
  }

  setHideUpTo(hide: boolean): void {
    this.filters = { ...this.filters, hideUpTo: hide };
  }

  clearFilters(): void {
    this.filters = emptyFilters();
  }

  sortBy(column: string): void {
    this.sort = nextSort(this.sort, column);
  }

  select(id: string | null): void {
    this.selectedId = id;
  }
}
