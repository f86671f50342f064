/**
 * The dashboard's one state store: the loaded rows, the view (filters, group by, sort, selected claim) and
 * everything derived from them. Views read it; only its methods change it. The view round-trips through the
 * URL query (see url.ts); App.svelte writes it back with history.replaceState.
 */
import { METRICS, TOPICS, type Claim } from '../../extract/core/types.ts';
import { untrack } from 'svelte';
import { ClaimIndex, type Aggregates } from './claimIndex.ts';
import { withIds, type Row } from './claims.ts';
import { emptyFilters, toggleValue, type Facet, type FacetOption, type Filters } from './filters.ts';
import type { GroupBy } from './grouping.ts';
import { nextSort, type Sort } from './sort.ts';
import { queryToView, viewToQuery, type ViewState } from './url.ts';

/** Rows of the claims chart (the groups with most claims). */
export const CHART_ROWS = 40;

/** The filters minus some facets, as a string: equal keys, equal counts for those facets. */
function filtersKey(f: Filters, ...except: Facet[]): string {
  const rest: Record<string, unknown> = { ...f };
  for (const k of except) delete rest[k];
  return JSON.stringify(rest);
}

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

  /** Facet codes, flags, cached sort orders…: built once per data set (see claimIndex.ts). */
  index = $derived(new ClaimIndex(this.rows));
  /** Rows passing all filters, and every row's mask of the filters it fails (what each view's counts read). */
  cross = $derived(this.index.cross(this.filters));
  filtered = $derived(this.cross.all);
  /** The filtered rows in table order: the cached sort order of all rows, filtered (no re-sort per filter change). */
  sorted = $derived(this.index.sorted(this.cross, this.sort));
  byId = $derived(new Map(this.rows.map((r) => [r.id, r])));
  selected = $derived(this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null);
  // What each facet's counts read does not depend on that facet's own selection: keyed by the other filters, so
  // toggling a Hardware option does not recount Hardware (Svelte skips a derived whose key string is unchanged).
  #keyNoHardware = $derived(filtersKey(this.filters, 'hardware'));
  #keyNoBaseline = $derived(filtersKey(this.filters, 'baseline'));
  #keyNoTopic = $derived(filtersKey(this.filters, 'topic'));
  #keyNoMetric = $derived(filtersKey(this.filters, 'metric'));
  #keyNoTopicMetric = $derived(filtersKey(this.filters, 'topic', 'metric'));
  /**
   * Every facet's counts, the bar charts' stats and the matrix: one pass over the fail mask per filter change,
   * computing only the parts whose key changed (or all, for new data); the others keep their previous objects.
   */
  #last: { index: ClaimIndex<Row>; keys: string[]; parts: Aggregates } | null = null;
  #aggregates = $derived.by(() => {
    const keys = [this.#keyNoHardware, this.#keyNoBaseline, this.#keyNoTopic, this.#keyNoMetric, this.#keyNoTopicMetric];
    const { index, cross } = this;
    const last = this.#last;
    let want = 0;
    keys.forEach((k, p) => { if (!last || last.index !== index || last.keys[p] !== k) want |= 1 << p; });
    const parts = { ...last?.parts, ...index.aggregate(cross, want) } as Aggregates;
    this.#last = { index, keys, parts };
    return parts;
  });
  #hardwareCounts = $derived.by(() => this.#keyed(this.#keyNoHardware, (a) => a.hardwareCounts));
  #baselineCounts = $derived.by(() => this.#keyed(this.#keyNoBaseline, (a) => a.baselineCounts));
  #topicCounts = $derived.by(() => this.#keyed(this.#keyNoTopic, (a) => a.topicCounts));
  #metricCounts = $derived.by(() => this.#keyed(this.#keyNoMetric, (a) => a.metricCounts));
  options = $derived<Record<Facet, FacetOption[]>>({
    hardware: this.index.optionsOf('hardware', this.#hardwareCounts, this.filters.hardware),
    baseline: this.index.optionsOf('baseline', this.#baselineCounts, this.filters.baseline),
    topic: this.index.optionsOf('topic', this.#topicCounts, this.filters.topic, TOPICS),
    metric: this.index.optionsOf('metric', this.#metricCounts, this.filters.metric, METRICS),
  });
  /** Per GPU / baseline: claims and median factor under every filter but its own facet. */
  hardwareStats = $derived.by(() => this.#keyed(this.#keyNoHardware, (a) => a.hardwareStats));
  withoutHardware = $derived.by(() => this.#keyed(this.#keyNoHardware, (a) => a.withoutHardware));
  baselineStats = $derived.by(() => this.#keyed(this.#keyNoBaseline, (a) => a.baselineStats));
  /** Topic × metric counts under every filter but topic and metric. */
  matrix = $derived.by(() => this.#keyed(this.#keyNoTopicMetric, (a) => a.matrix));
  /** The claims chart's rows (at most CHART_ROWS groups) and the legend's / axis' inputs. */
  chart = $derived(this.index.chart(this.cross, this.groupBy, CHART_ROWS));
  /** Claims without a factor by unit, best first. */
  absolute = $derived(this.index.absolute(this.cross));

  /**
   * Reads the aggregates, depending only on `key` and the data (not on every filter): a view whose key is
   * unchanged keeps its previous value (same object) even though the aggregates were recomputed.
   */
  #keyed<R>(key: string, pick: (a: Aggregates) => R): R {
    void key;
    void this.index;
    return untrack(() => pick(this.#aggregates));
  }

  constructor(search = '') {
    this.setView(queryToView(search));
  }

  /** Reads every input of the derived data (rows, filters, group by, sort): what views that follow later watch. */
  readInputs(): void {
    void this.rows; void this.filters; void this.groupBy; void this.sort;
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
    this.setRows(withIds(claims), source, papers);
  }

  /** setClaims for rows that already have their ids (what loadClaims gives). */
  setRows(rows: Row[], source: string, papers: number | null = null): void {
    this.rows = rows;
    // Index the search text in idle time, a slice at a time, not on the first keystroke (~250 ms at 100k rows).
    if (typeof requestIdleCallback === 'function') {
      const step = (deadline: IdleDeadline) => {
        if (this.rows === rows && !this.index.prepareSearch(() => deadline.timeRemaining() > 4)) requestIdleCallback(step);
      };
      requestIdleCallback(step);
    }
    this.source = source;
    this.papers = papers;
    if (this.selectedId && !this.byId.has(this.selectedId)) this.selectedId = null;
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
