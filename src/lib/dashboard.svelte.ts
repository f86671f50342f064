/**
 * The dashboard's one state store: the loaded rows, the view (filters, group by, sort, selected claim) and
 * everything derived from them. Views read it; only its methods change it (the lint rule claimboard/store-writes
 * fails on `store.x = …` or `bind:…={store.x}` anywhere else). The view round-trips through the URL query (see url.ts;
 * urlSync.svelte.ts writes it to the history and sets it back from there through setView).
 */
import { METRICS, TOPICS, type Claim } from '../../extract/core/types.ts';
import { untrack } from 'svelte';
import type { ChartData } from './engine/chartData.ts';
import { CHART_ROWS } from './chartLayout.ts';
import { ClaimIndex } from './engine/claimIndex.ts';
import { WARM_ROUNDS, warmUp } from './engine/warmUp.ts';
import { AGG_BASELINE_STATS, AGG_HARDWARE_STATS, AGG_MATRIX, type Aggregates } from './engine/aggregates.ts';
import { withIds, type Row } from './claims.ts';
import type { DataPart } from './persist.ts';
import {
  emptyFilters, filtersKey, toggleValue, withoutFilter, type ActiveFilter, type Facet, type FacetOption, type Filters,
} from './filters.ts';
import { DEFAULT_FAMILY, familyOf, type Family } from './families.ts';
import type { GroupBy } from './grouping.ts';
import { DEFAULT_COLUMNS, nextSort, type Sort } from './sort.ts';
import { inIdleSlicesAfterFrame } from './schedule/index.ts';
import { orderColumns, queryToView, viewToQuery, type ViewState } from './url.ts';
import { WhoBeatsWhom } from './whoBeatsWhom.svelte.ts';

export { CHART_ROWS };

/** A message under the data menu; `action` is a button offered with it (e.g. Clear filters). */
export type Status = {
  kind: 'info' | 'error' | 'busy'; text: string; action?: { label: string; run: () => void };
  /** Busy: the share done (0…1), when known (a progress bar), else an indeterminate one. */
  progress?: number;
} | null;

export class Dashboard {
  /** Raw (not deeply reactive): up to 100k rows are replaced wholesale, never mutated. */
  rows = $state.raw<Row[]>([]);
  /** Where the rows came from, e.g. "bundled data", "claims.csv", "2 pasted papers". */
  source = $state('');
  /** How to rebuild the rows: what is kept in the browser (persist.ts); the bundled sample alone is not kept. */
  parts = $state.raw<DataPart[]>([{ kind: 'bundled' }]);
  /** Papers known to the data (a papers.csv counts those without claims too); null: count the claims' papers. */
  papers = $state<number | null>(null);
  loading = $state(true);
  status = $state<Status>(null);

  filters = $state.raw<Filters>(emptyFilters());
  groupBy = $state<GroupBy>('topic');
  /** The metric family the claims chart shows. */
  family = $state<Family>(DEFAULT_FAMILY);
  sort = $state.raw<Sort>({ column: 'factor_low', dir: 'desc' });
  /** The table's visible columns. */
  columns = $state.raw<readonly string[]>(DEFAULT_COLUMNS);
  selectedId = $state<string | null>(null);
  /** The system Who beats whom shows; null: the most-compared baseline under the filters. */
  who = $state<string | null>(null);

  /** Facet codes, flags, cached sort orders…: built once per data set (see engine/claimIndex.ts). */
  index = $derived(new ClaimIndex(this.rows));
  /** Rows passing all filters, and every row's mask of the filters it fails (what each view's counts read). */
  cross = $derived(this.index.cross(this.filters));
  /** How many rows pass (what the header and the chart count; the rows themselves are made only when read). */
  filteredCount = $derived(this.cross.passing);
  /** The filtered rows in table order (the cached order of all rows, filtered): Export's; the table reads tableRows. */
  sorted = $derived(this.index.sorted(this.cross, this.sort));
  tableRows = $derived(this.index.tableRows(this.cross, this.sort)); // the same, found only as far as its window
  paperCount = $derived(this.papers ?? this.index.paperCount); // the status line's papers: as known, else with claims
  /** The data is the reader's own (loaded or pasted), kept in the browser. */
  isOwnData = $derived(this.parts.some((p) => p.kind !== 'bundled'));
  selected = $derived(this.selectedId ? this.rowById(this.selectedId) : null);
  // What each facet's counts read does not depend on that facet's own selection: keyed by the other filters, so
  // toggling a Hardware option does not recount Hardware (Svelte skips a derived whose key string is unchanged).
  #keyNoHardware = $derived(filtersKey(this.filters, 'hardware'));
  #keyNoBaseline = $derived(filtersKey(this.filters, 'baseline'));
  #keyNoTopic = $derived(filtersKey(this.filters, 'topic'));
  #keyNoMetric = $derived(filtersKey(this.filters, 'metric'));
  #keyNoTopicMetric = $derived(filtersKey(this.filters, 'topic', 'metric'));
  /**
   * Every facet's counts (what the filter panel in sight shows): one pass over the fail mask per filter change,
   * computing only the parts whose key changed (or all, for new data); the others keep their previous objects.
   */
  #last: { index: ClaimIndex<Row>; keys: string[]; parts: Aggregates } | null = null;
  #aggregates = $derived.by(() => {
    const keys = [this.#keyNoHardware, this.#keyNoBaseline, this.#keyNoTopic, this.#keyNoMetric];
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
  /** Per GPU / baseline: claims and median factor under every filter but its own facet; made when read (views below the fold). */
  hardwareStats = $derived.by(() => this.#stats(this.#keyNoHardware, AGG_HARDWARE_STATS).hardwareStats!);
  withoutHardware = $derived.by(() => this.#keyed(this.#keyNoHardware, (a) => a.withoutHardware));
  baselineStats = $derived.by(() => this.#stats(this.#keyNoBaseline, AGG_BASELINE_STATS).baselineStats!);
  /** Topic × metric counts under every filter but topic and metric; made when read (below the fold, after the frame). */
  matrix = $derived.by(() => this.#stats(this.#keyNoTopicMetric, AGG_MATRIX).matrix!);
  /** The claims chart's rows (the family's claims, at most CHART_ROWS groups) and the legend's / axis' inputs. */
  chart: ChartData<Row> = $derived(this.index.chart(this.cross, this.groupBy, this.family, CHART_ROWS));
  /** Claims without a factor by unit, best first. */
  absolute = $derived(this.index.absolute(this.cross));
  /** Who beats whom: its index (built in idle time after a load) and what it shows under the filters. */
  standing = new WhoBeatsWhom({ fail: () => this.cross.fail, family: () => this.family, who: () => this.who });

  /**
   * Reads the aggregates, depending only on `key` and the data (not on every filter): a view whose key is
   * unchanged keeps its previous value (same object) even though the aggregates were recomputed.
   */
  #keyed<R>(key: string, pick: (a: Aggregates) => R): R {
    void key; void this.index;
    return untrack(() => pick(this.#aggregates));
  }

  /** An aggregate part of the current view (memoised with it), depending only on `key` and the data, like #keyed. */
  #stats(key: string, part: number): Partial<Aggregates> {
    void key; void this.index;
    return untrack(() => this.index.aggregate(this.cross, part));
  }

  constructor(search = '') {
    this.setView(queryToView(search));
  }

  /** Reads every input of the views (rows, filters, group by, family, sort, columns): what views that follow later watch. */
  readInputs(): void {
    void this.rows; void this.filters; void this.groupBy; void this.family; void this.sort; void this.columns; void this.who;
  }

  get view(): ViewState {
    return {
      filters: this.filters, groupBy: this.groupBy, family: this.family, sort: this.sort, columns: this.columns,
      selected: this.selectedId, who: this.who,
    };
  }

  get query(): string {
    return viewToQuery(this.view);
  }

  setView(v: ViewState): void {
    this.filters = v.filters;
    this.groupBy = v.groupBy;
    this.family = v.family;
    this.sort = v.sort;
    this.columns = v.columns;
    this.selectedId = v.selected;
    this.who = v.who;
  }

  /** The row with this id, or null (a lookup in the table's columns: no Map of a million ids). */
  rowById(id: string): Row | null {
    const i = this.index.table.find(id);
    return i < 0 ? null : this.rows[i];
  }

  /** The other claims of a claim's paper, in table order of rows. */
  othersOfPaper(row: Row): Row[] {
    return this.index.table.rowsOfPaper(row.paper_id).map((i) => this.rows[i]).filter((r) => r !== row);
  }

  /** Replaces the data; the view's filters stay (values that no longer occur are still listed with count 0). */
  setClaims(claims: readonly Claim[], source: string, papers: number | null = null, parts?: DataPart[]): void {
    this.setRows(withIds(claims), source, papers, parts);
  }

  /** The message under the data menu (null: none). */
  setStatus(status: Status): void { this.status = status; }

  /** The first data is in (or could not be had): the views stop saying "Loading…". */
  doneLoading(): void { this.loading = false; }

  /** The papers a joined papers.csv lists (those without claims too). */
  setPaperCount(papers: number): void { this.papers = papers; }

  /** The rows passing all filters, in row order. */
  get filtered(): Row[] {
    return this.cross.all;
  }

  /** How many of rows[from…] the filters hide (pasted claims added at the end, say). */
  hiddenFrom(from: number): number {
    const { fail } = this.cross;
    let n = 0;
    for (let i = from; i < fail.length; i++) if (fail[i] !== 0) n++;
    return n;
  }

  /**
   * setClaims for rows that already have their ids (a loaded table's rows: loadClaims); `parts` say how to rebuild
   * them. A table's workers hashed the rows' jitter already: the chart reads it from its columns (rowLooks.ts).
   */
  setRows(rows: Row[], source: string, papers: number | null = null, parts: DataPart[] = [{ kind: 'bundled' }]): void {
    this.rows = rows;
    this.parts = parts;
    // In idle time once the data's first frame is out: first a filter change's passes, a few rounds (engine/warmUp.ts),
    // then the search text's index, a slice at a time, not on the first keystroke (~250 ms at 100k rows); then, in the
    // next idle callback, the lookups of a claim by id (a click on a mark) and of a paper's claims.
    let warm = 0;
    let searchReady = false;
    inIdleSlicesAfterFrame((more) => {
      if (this.rows !== rows) return true;
      if (warm < WARM_ROUNDS) {
        warmUp(this.index, this.groupBy, this.family, CHART_ROWS, warm++);
        return false;
      }
      if (!searchReady) {
        searchReady = this.index.prepareSearch(more);
        return false;
      }
      this.index.table.prepareLookups();
      return true;
    }, 4);
    this.standing.prepare(rows);
    this.source = source;
    this.papers = papers;
    if (this.selectedId && !this.rowById(this.selectedId)) this.selectedId = null;
  }

  toggle(facet: Facet, value: string): void {
    this.#filter(toggleValue(this.filters, facet, value));
  }

  setFacet(facet: Facet, values: string[]): void {
    this.#filter({ ...this.filters, [facet]: values });
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

  removeFilter(a: ActiveFilter): void {
    this.#filter(withoutFilter(this.filters, a));
  }

  /** Both topic and metric at once (a matrix cell), or neither when that cell is already the filter. */
  setTopicMetric(topic: string, metric: string): void {
    const f = this.filters;
    const on = f.topic.length === 1 && f.topic[0] === topic && f.metric.length === 1 && f.metric[0] === metric;
    this.#filter({ ...f, topic: on ? [] : [topic], metric: on ? [] : [metric] });
  }

  /**
   * New filters from a facet; the chart follows a Metric choice made outside the family it shows (no chosen metric
   * in it: it shows the first chosen one's family), so choosing "memory" shows memory claims, not an empty chart.
   */
  #filter(f: Filters): void {
    this.filters = f;
    if (f.metric.length && !f.metric.some((m) => familyOf(m) === this.family)) this.family = familyOf(f.metric[0]);
  }

  sortBy(column: string): void {
    this.sort = nextSort(this.sort, column);
  }

  setGroupBy(by: GroupBy): void { this.groupBy = by; }

  setFamily(family: Family): void { this.family = family; }

  /** Shows or hides a table column; the last visible one stays. */
  toggleColumn(key: string): void {
    const on = this.columns.includes(key);
    if (on && this.columns.length === 1) return;
    this.columns = orderColumns(on ? this.columns.filter((k) => k !== key) : [...this.columns, key]);
  }

  select(id: string | null): void {
    this.selectedId = id;
  }

  /** The system Who beats whom shows (null: back to the default). */
  setWho(name: string | null): void {
    this.who = name?.trim() || null;
  }
}
