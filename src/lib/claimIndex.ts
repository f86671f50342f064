/**
 * The dashboard's engine for large data sets (100k claims): an index built once per data set, so that a filter
 * change is a few tight loops over typed arrays instead of passes over row objects.
 *
 * Per data set: for each facet a dictionary of values (first-seen order) and each row's distinct value codes;
 * flags (up to, has a factor), the factor's geometric middle; lazily, the search text index, sort
 * permutations per column and direction, chart group keys, per-unit orders of the absolute results.
 * Per filter change: `cross` gives each row a mask of the facets it fails (or EXCLUDED by search / hide up to),
 * and every view's data is read off that mask: the filtered rows, the table in sort order (a filter over the
 * cached permutation, no re-sort), option counts, hardware / baseline stats, the topic × metric matrix, the
 * chart groups and the absolute results.
 *
 * Every function here returns what its reference in tests/src/reference/ (filters, grouping, sort) returns for the same
 * rows (tests check them against each other); those stay the readable definition of the behaviour.
 */
import { METRICS, TOPICS, type Claim } from '../../extract/core/types.ts';
import { NUMBER_KEYS, TEXT_KEYS, LIST_JOIN, type NumberKey, type TextKey } from './claimColumns.ts';
import { columnsOfClaims } from './columnsBuilder.ts';
import { GENERIC_BASELINES } from './baselines.ts';
import { ClaimTable, tableOf } from './claimTable.ts';
import { facetOfColumn, mergeGeneric, type FacetIndex } from './facetIndex.ts';
import { orderByKey } from './orderByKey.ts';
import { FACETS, matchesSearch, type Facet, type FacetOption, type Filters } from './filters.ts';
import { isLowerBetter, type BaselineStats, type GroupBy, type Matrix, type NamedStat, type UnitGroup } from './grouping.ts';
import { chartData, type ChartData } from './chartData.ts';
import type { Family } from './families.ts';
import { Recent } from './recent.ts';
import { columnByKey, type Sort, type TableColumn } from './sort.ts';
import { TextIndex } from './textIndex.ts';

export type { FacetIndex };

export const FACET_BIT: Record<Facet, number> = { hardware: 1, baseline: 2, topic: 4, metric: 8 };
/** Fails the search or hide-up-to filter: in no cross-filtered set at all. */
export const EXCLUDED = 128;

/** What aggregate() computes in one pass: each facet's option counts and the bar charts' / matrix' data. */
export interface Aggregates {
  hardwareCounts: Int32Array;
  hardwareStats: NamedStat[];
  withoutHardware: number;
  baselineCounts: Int32Array;
  baselineStats: BaselineStats;
  topicCounts: Int32Array;
  metricCounts: Int32Array;
  matrix: Matrix;
}
/** aggregate()'s parts: hardware counts + stats + without hardware, baseline counts + stats, topic / metric counts, the matrix. */
export const AGG_HARDWARE = 1, AGG_BASELINE = 2, AGG_TOPIC = 4, AGG_METRIC = 8, AGG_MATRIX = 16, AGG_ALL = 31;
const AGG_PARTS: [number, (keyof Aggregates)[]][] = [
  [AGG_HARDWARE, ['hardwareCounts', 'hardwareStats', 'withoutHardware']], [AGG_BASELINE, ['baselineCounts', 'baselineStats']],
  [AGG_TOPIC, ['topicCounts']], [AGG_METRIC, ['metricCounts']], [AGG_MATRIX, ['matrix']],
];

/**
 * Views kept with what was derived from them (aggregates, chart data, absolute results, table orders): going back
 * to one (Clear filters, unchecking an option, deleting search letters) is a lookup. ~2 MB each at 100k rows.
 */
const RECENT_VIEWS = 6;

/** What was derived from one view's cross: the aggregate parts computed so far (AGG_* bits), charts, tables. */
interface ViewMemo<T extends Claim> {
  aggregated: number;
  parts: Partial<Aggregates>;
  charts: Map<string, ChartData<T>>;
  absolute?: UnitGroup<T>[];
  sorted: Map<string, T[]>;
}

/** The rows passing all filters (original order) and every row's fail mask. */
export interface Cross<T extends Claim> {
  all: T[];
  /** 0: passes every filter; else the FACET_BITs of the facets it fails, or EXCLUDED. */
  fail: Uint8Array;
}

/** The k-th smallest of v[lo..hi] moved to v[k] (Hoare quickselect, in place). */
function select(v: Float64Array, k: number, lo: number, hi: number): number {
  while (hi > lo) {
    const pivot = v[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) { const t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return v[k];
}

/** median() of finite values (no NaN here) without sorting them: O(n). Reorders `v`. */
function medianOf(v: Float64Array): number | null {
  const len = v.length;
  if (len === 0) return null;
  const mid = len >> 1;
  const upper = select(v, mid, 0, len - 1);
  if (len % 2) return upper;
  // After selecting `mid`, everything before it is <= it: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if (v[i] > lower) lower = v[i];
  return (lower + upper) / 2;
}

/** Search matches kept per index (~0.1 MB each at 100k rows). */
const RECENT_SEARCHES = 12;

const collator = () => new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Each distinct string's rank under the collator (strings it holds equal share one). */
function rankStrings(strings: readonly string[]): Map<string, number> {
  const cmp = collator();
  const distinct = [...new Set(strings)].sort(cmp.compare);
  const rank = new Map<string, number>();
  let r = 0;
  distinct.forEach((s, k) => { if (k > 0 && cmp.compare(distinct[k - 1], s) !== 0) r++; rank.set(s, r); });
  return rank;
}

export class ClaimIndex<T extends Claim> {
  readonly n: number;
  readonly facets: Record<Facet, FacetIndex>;
  readonly upTo: Uint8Array;
  readonly relative: Uint8Array;
  /** A stated loss (isLoss): counted under Baselines beaten apart from the wins. */
  readonly loss: Uint8Array;
  /** The factor's geometric middle (factorMid) when finite, else NaN. */
  readonly factorMid: Float64Array;
  /** factor_low / factor_high, NaN for null (hot loops read these, not the row objects): the table's columns. */
  readonly factorLow: Float64Array;
  readonly factorHigh: Float64Array;
  /** Per row: title, evidence and model joined by '\n', lower-cased and indexed (see prepareSearch). */
  private search: TextIndex | null = null;
  /** The last few searches' matches by needle: a word typed and deleted again. */
  private searches = new Recent<string, Uint8Array>(RECENT_SEARCHES);
  private orders = new Map<string, Int32Array>();
  /** The recent views' crosses by their filters, and what is derived from each. */
  private views = new Recent<string, Cross<T>>(RECENT_VIEWS);
  private memos = new WeakMap<Cross<T>, ViewMemo<T>>();
  private units: { unit: string; lower: boolean; order: Int32Array }[] | null = null;

  /** The rows' columns: the loaded table's (ClaimTable.rows), or made from plain rows (pasted claims, tests). */
  readonly table: ClaimTable;

  constructor(readonly rows: readonly T[]) {
    const n = (this.n = rows.length);
    const table = (this.table = tableOf(rows) ?? new ClaimTable(columnsOfClaims(rows)));
    this.facets = {
      hardware: facetOfColumn(table, 'hardware'), baseline: mergeGeneric(facetOfColumn(table, 'baseline')),
      topic: facetOfColumn(table, 'topic'), metric: facetOfColumn(table, 'metric'),
    };
    const { factor_low: low, factor_high: high } = table.columns.num;
    this.factorLow = low;
    this.factorHigh = high;
    this.upTo = new Uint8Array(n);
    this.relative = new Uint8Array(n);
    this.loss = new Uint8Array(n);
    this.factorMid = new Float64Array(n);
    const qualifier = table.chunk('qualifier');
    const upTo = Uint8Array.from({ length: qualifier.values.ends.length }, (_, k) => (table.entry('qualifier', k) === 'up_to' ? 1 : 0));
    for (let i = 0; i < n; i++) {
      const q = qualifier.codes[i];
      this.upTo[i] = q >= 0 ? upTo[q] : 0;
      // hasFactor, isLoss and factorMid (claims.ts) on the columns: an empty factor_high is factor_low.
      const fl = low[i];
      if (!(fl > 0 && fl < Infinity)) { this.factorMid[i] = NaN; continue; }
      const fh = high[i] === high[i] ? high[i] : fl;
      this.relative[i] = 1;
      this.loss[i] = Math.max(fl, fh) < 1 ? 1 : 0;
      const mid = Math.sqrt(fl * fh);
      this.factorMid[i] = Number.isFinite(mid) ? mid : NaN;
    }
  }

  /** Distinct paper ids among the rows. */
  get paperCount(): number {
    return this.table.columns.papers;
  }

  // ------------------------------------------------------------ filtering

  /**
   * Lower-cases and indexes the searchable text (textIndex.ts): per row its title, evidence and model joined by
   * '\n'. Done on first search, or ahead of it in slices while `more()` holds (idle time); returns whether it is done.
   */
  prepareSearch(more?: () => boolean): boolean {
    const t = this.table;
    this.search ??= new TextIndex(this.n, (i) => `${t.text('title', i)}\n${t.text('evidence', i)}\n${t.text('model', i)}`);
    return this.search.build(more);
  }

  /** 1 for the rows whose title, evidence or model contains `needle` (lower-case, non-empty). */
  private searchMatch(needle: string): Uint8Array {
    // A needle with the separator could match across two fields of the joined text: test each field.
    if (needle.includes('\n')) {
      const match = new Uint8Array(this.n);
      for (let i = 0; i < this.n; i++) if (matchesSearch(this.rows[i], needle)) match[i] = 1;
      return match;
    }
    let match = this.searches.get(needle);
    if (!match) {
      this.prepareSearch();
      // Typing narrows: a needle containing a recent one can only match rows that one matched (the longest such).
      let within: string | null = null;
      for (const q of this.searches.keys()) if (needle.includes(q) && (!within || q.length > within.length)) within = q;
      match = this.search!.match(needle, within === null ? null : this.searches.get(within)!);
      this.searches.set(needle, match);
    }
    return match;
  }

  /**
   * crossFilter, as a fail mask: one pass, no per-row allocation. The same object for the same filters while the
   * view is recent (see RECENT_VIEWS): what is derived from it is kept with it.
   */
  cross(f: Filters): Cross<T> {
    const needle = f.search.trim().toLowerCase();
    const key = JSON.stringify([f.hardware, f.baseline, f.topic, f.metric, needle, f.hideUpTo]);
    let cross = this.views.get(key);
    if (!cross) this.views.set(key, (cross = this.crossNow(f, needle)));
    return cross;
  }

  /** What is derived from a view's cross (cached with it). */
  private memo(cross: Cross<T>): ViewMemo<T> {
    let m = this.memos.get(cross);
    if (!m) this.memos.set(cross, (m = { aggregated: 0, parts: {}, charts: new Map(), sorted: new Map() }));
    return m;
  }

  private crossNow(f: Filters, needle: string): Cross<T> {
    const n = this.n;
    const fail = new Uint8Array(n);
    const all: T[] = [];
    const match = needle ? this.searchMatch(needle) : null;
    const active: { bit: number; sel: Uint8Array; fx: FacetIndex }[] = [];
    for (const k of FACETS) {
      if (f[k].length === 0) continue;
      const fx = this.facets[k];
      const sel = new Uint8Array(fx.values.length);
      for (const v of f[k]) { const c = fx.code.get(v); if (c !== undefined) sel[c] = 1; }
      active.push({ bit: FACET_BIT[k], sel, fx });
    }
    const hideUpTo = f.hideUpTo;
    for (let i = 0; i < n; i++) {
      if ((hideUpTo && this.upTo[i]) || (match && !match[i])) { fail[i] = EXCLUDED; continue; }
      let mask = 0;
      for (let a = 0; a < active.length; a++) {
        const { bit, sel, fx } = active[a];
        const end = fx.offsets[i + 1];
        let ok = false;
        for (let j = fx.offsets[i]; j < end; j++) if (sel[fx.codes[j]]) { ok = true; break; }
        if (!ok) mask |= bit;
      }
      fail[i] = mask;
      if (mask === 0) all.push(this.rows[i]);
    }
    return { all, fail };
  }

  // ------------------------------------------------------------ the table

  /** sortClaims over all rows, as a permutation; cached per column and direction. */
  order(sort: Sort): Int32Array {
    const key = `${sort.column}|${sort.dir}`;
    let order = this.orders.get(key);
    if (order) return order;
    const n = this.n;
    const column = columnByKey(sort.column);
    if (!column) {
      order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
    } else {
      // Empty values last in row order; the others by their number or their text's rank (radix sort, ties by row).
      const keys = this.sortKeys(column);
      const full = new Int32Array(n);
      const empty = new Int32Array(n);
      let nf = 0;
      let ne = 0;
      for (let i = 0; i < n; i++) { if (keys[i] === keys[i]) full[nf++] = i; else empty[ne++] = i; }
      order = new Int32Array(n);
      order.set(orderByKey(full.subarray(0, nf), keys, sort.dir === 'desc'));
      order.set(empty.subarray(0, ne), nf);
    }
    this.orders.set(key, order);
    return order;
  }

  /**
   * What a column sorts on, per row (TableColumn.value): the number, or the rank of the text among the column's
   * values (equal under the collator: equal rank), each distinct value ranked once; NaN for an empty cell.
   */
  private sortKeys(column: TableColumn): Float64Array {
    const { table, n } = this;
    if ((NUMBER_KEYS as readonly string[]).includes(column.key)) return table.columns.num[column.key as NumberKey];
    const keys = new Float64Array(n).fill(NaN);
    if (column.key === 'title') return this.paperLabelKeys(column);
    if (!(TEXT_KEYS as readonly string[]).includes(column.key)) {
      // Not a column of the table: rank what the column gives each row.
      const values = this.rows.map((c) => column.value(c));
      const rank = rankStrings(values.flatMap((v) => (v === null || v === '' || typeof v === 'number' ? [] : [String(v)])));
      values.forEach((v, i) => { if (v !== null && v !== '') keys[i] = typeof v === 'number' ? v : rank.get(String(v))!; });
      return keys;
    }
    const key = column.key as TextKey;
    const chunk = table.chunk(key);
    const entries = Array.from({ length: chunk.values.ends.length }, (_, k) => table.entry(key, k).split(LIST_JOIN).join('; '));
    const rank = rankStrings(entries.filter((v) => v !== ''));
    const byEntry = Float64Array.from(entries, (v) => (v === '' ? NaN : rank.get(v)!));
    for (let i = 0; i < n; i++) { const e = chunk.codes[i]; if (e >= 0) keys[i] = byEntry[e]; }
    return keys;
  }

  /**
   * The Paper column sorts by the name shown (paperLabel: system, else the title's short name, else the paper id): one
   * label per distinct (paper id, title, system) codes, not one per row.
   */
  private paperLabelKeys(column: TableColumn): Float64Array {
    const { table, n } = this;
    const [ids, titles, systems] = (['paper_id', 'title', 'system'] as const).map((k) => table.chunk(k).codes);
    const labelOf = new Map<string, string>();
    const rowKey = (i: number) => `${ids[i]},${titles[i]},${systems[i]}`;
    for (let i = 0; i < n; i++) {
      const k = rowKey(i);
      if (!labelOf.has(k)) labelOf.set(k, String(column.value(this.rows[i]) ?? ''));
    }
    const rank = rankStrings([...labelOf.values()].filter((v) => v !== ''));
    const keys = new Float64Array(n).fill(NaN);
    for (let i = 0; i < n; i++) { const v = labelOf.get(rowKey(i))!; if (v !== '') keys[i] = rank.get(v)!; }
    return keys;
  }

  /** The rows passing all filters in table order. */
  sorted(cross: Cross<T>, sort: Sort): T[] {
    const sorted = this.memo(cross).sorted;
    const key = `${sort.column}|${sort.dir}`;
    let rows = sorted.get(key);
    if (!rows) sorted.set(key, (rows = this.sortedNow(cross, sort)));
    return rows;
  }

  private sortedNow(cross: Cross<T>, sort: Sort): T[] {
    const order = this.order(sort);
    const { fail } = cross;
    const out: T[] = [];
    for (let k = 0; k < order.length; k++) { const i = order[k]; if (fail[i] === 0) out.push(this.rows[i]); }
    return out;
  }

  // ------------------------------------------------------------ filter options and bar charts

  /** optionsFrom(values of the facet, cross[facet], selected, facet, order). */
  options(cross: Cross<T>, facet: Facet, selected: readonly string[], order?: readonly string[]): FacetOption[] {
    return this.optionsOf(facet, this.facetCounts(cross, facet), selected, order);
  }

  /** Per value code of the facet: claims in cross[facet] (every filter but the facet's own) that have it. */
  facetCounts(cross: Cross<T>, facet: Facet): Int32Array {
    const fx = this.facets[facet];
    const bit = FACET_BIT[facet];
    const counts = new Int32Array(fx.values.length);
    const { fail } = cross;
    for (let i = 0; i < this.n; i++) {
      if ((fail[i] | bit) !== bit) continue;
      for (let j = fx.offsets[i]; j < fx.offsets[i + 1]; j++) counts[fx.codes[j]]++;
    }
    return counts;
  }

  /** The options list from facetCounts: present values, then selected values absent from the data; in facetOptions' order. */
  optionsOf(facet: Facet, counts: Int32Array, selected: readonly string[], order?: readonly string[]): FacetOption[] {
    const fx = this.facets[facet];
    const options = fx.values.map((value, k) => ({ value, count: counts[k] }));
    const total = (v: string) => { const k = fx.code.get(v); return k === undefined ? 0 : fx.totals[k]; };
    const seen = new Set(fx.values);
    for (const v of selected) if (!seen.has(v)) { seen.add(v); options.push({ value: v, count: 0 }); }
    if (order) {
      const rank = (v: string) => { const i = order.indexOf(v); return i < 0 ? order.length : i; };
      return options.sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value));
    }
    return options.sort((a, b) => total(b.value) - total(a.value) || a.value.localeCompare(b.value));
  }

  /**
   * hardwareStats / baselineStats' statsBy over cross[facet]: count and median factor per value; `only` keeps the
   * rows where loss[i] is 0 (wins) or 1 (losses).
   */
  stats(cross: Cross<T>, facet: 'hardware' | 'baseline', only?: 0 | 1): NamedStat[] {
    const fx = this.facets[facet];
    const bit = FACET_BIT[facet];
    const m = fx.values.length;
    const counts = new Int32Array(m);
    const finite = new Int32Array(m + 1);
    const rows = new Int32Array(this.n);
    let nr = 0;
    const { fail } = cross;
    const mid = this.factorMid;
    const { offsets, codes } = fx;
    for (let i = 0; i < this.n; i++) {
      if ((fail[i] | bit) !== bit || (only !== undefined && this.loss[i] !== only)) continue;
      rows[nr++] = i;
      const has = mid[i] === mid[i];
      for (let j = offsets[i]; j < offsets[i + 1]; j++) {
        counts[codes[j]]++;
        if (has) finite[codes[j] + 1]++;
      }
    }
    return this.statsFrom(fx, counts, finite, rows, nr);
  }

  /**
   * stats() from its first pass: per code the claims (`counts`) and, at code + 1, those with a finite factor
   * (`finite`, consumed); `rows[0 … nr)` the rows of the cross-filtered set, of which only those with loss[i] ===
   * `only` count when it is given. Medians without sorting.
   */
  private statsFrom(fx: FacetIndex, counts: Int32Array, finite: Int32Array, rows: Int32Array, nr: number, only?: 0 | 1): NamedStat[] {
    const m = fx.values.length;
    const mid = this.factorMid;
    const { offsets, codes } = fx;
    for (let k = 0; k < m; k++) finite[k + 1] += finite[k];
    const values = new Float64Array(finite[m]);
    const fill = finite.slice(0, m);
    for (let r = 0; r < nr; r++) {
      const i = rows[r];
      const v = mid[i];
      if (v !== v || (only !== undefined && this.loss[i] !== only)) continue;
      for (let j = offsets[i]; j < offsets[i + 1]; j++) values[fill[codes[j]]++] = v;
    }
    const out: NamedStat[] = [];
    for (let k = 0; k < m; k++) {
      if (counts[k] === 0) continue;
      out.push({ name: fx.values[k], count: counts[k], medianFactor: medianOf(values.subarray(finite[k], finite[k + 1])) });
    }
    return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** baselineStats over cross.baseline. */
  baselineStats(cross: Cross<T>): BaselineStats {
    return this.splitGeneric(this.stats(cross, 'baseline', 0), this.stats(cross, 'baseline', 1));
  }

  /** Baseline stats of the wins split into named systems and generic baselines; the losses apart. */
  private splitGeneric(wins: NamedStat[], losses: NamedStat[]): BaselineStats {
    return {
      named: wins.filter((s) => s.name !== GENERIC_BASELINES),
      generic: wins.filter((s) => s.name === GENERIC_BASELINES),
      losses,
    };
  }

  /** Claims of cross.hardware that name no hardware. */
  withoutHardware(cross: Cross<T>): number {
    const { offsets } = this.facets.hardware;
    const bit = FACET_BIT.hardware;
    let n = 0;
    for (let i = 0; i < this.n; i++) if ((cross.fail[i] | bit) === bit && offsets[i + 1] === offsets[i]) n++;
    return n;
  }

  /** topicMetricMatrix over cross.topicMetric (every filter but topic and metric). */
  matrix(cross: Cross<T>): Matrix {
    const t = this.facets.topic;
    const mx = this.facets.metric;
    const bits = FACET_BIT.topic | FACET_BIT.metric;
    const nm = mx.values.length;
    const cells = new Int32Array(t.values.length * nm);
    for (let i = 0; i < this.n; i++) {
      if ((cross.fail[i] | bits) !== bits) continue;
      cells[t.codes[i] * nm + mx.codes[i]]++;
    }
    return this.matrixFrom(cells);
  }

  /** matrix() from its cell counts (topic code × metric codes + metric code). */
  private matrixFrom(cells: Int32Array): Matrix {
    const t = this.facets.topic;
    const mx = this.facets.metric;
    const nm = mx.values.length;
    const counts: Record<string, Record<string, number>> = {};
    const topicsPresent = new Set<string>();
    const metricsPresent = new Set<string>();
    let max = 0;
    for (let a = 0; a < t.values.length; a++) {
      for (let b = 0; b < nm; b++) {
        const c = cells[a * nm + b];
        if (c === 0) continue;
        (counts[t.values[a]] ??= {})[mx.values[b]] = c;
        topicsPresent.add(t.values[a]);
        metricsPresent.add(mx.values[b]);
        if (c > max) max = c;
      }
    }
    const order = (list: readonly string[], present: Set<string>) =>
      [...list.filter((x) => present.has(x)), ...[...present].filter((x) => !list.includes(x)).sort()];
    return { topics: order(TOPICS, topicsPresent), metrics: order(METRICS, metricsPresent), counts, max };
  }

  /**
   * facetCounts of every facet, stats('hardware') and withoutHardware, baselineStats and matrix in one pass over
   * the fail mask (plus a pass over each stats facet's own rows for the medians): equal to calling each of them.
   * `want` (AGG_* bits, default all) limits it to the parts a caller needs; the others are left out.
   */
  aggregate(cross: Cross<T>, want = AGG_ALL): Partial<Aggregates> {
    const memo = this.memo(cross);
    const missing = want & ~memo.aggregated;
    if (missing) {
      Object.assign(memo.parts, this.aggregateNow(cross, missing));
      memo.aggregated |= missing;
    }
    const out: Partial<Aggregates> = {};
    for (const [bit, keys] of AGG_PARTS) {
      if (want & bit) for (const k of keys) (out as Record<string, unknown>)[k] = memo.parts[k];
    }
    return out;
  }

  private aggregateNow(cross: Cross<T>, want: number): Partial<Aggregates> {
    const { fail } = cross;
    const { hardware: hw, baseline: bl, topic: tp, metric: mt } = this.facets;
    const HW = FACET_BIT.hardware, BL = FACET_BIT.baseline, TP = FACET_BIT.topic, MT = FACET_BIT.metric;
    const TM = TP | MT;
    const wHw = (want & AGG_HARDWARE) !== 0, wBl = (want & AGG_BASELINE) !== 0;
    const wTp = (want & AGG_TOPIC) !== 0, wMt = (want & AGG_METRIC) !== 0, wMx = (want & AGG_MATRIX) !== 0;
    // A row counts for facet F when it fails nothing or only F; for the matrix when it fails at most topic/metric.
    const hwOk = wHw ? HW : 0, blOk = wBl ? BL : 0, tpOk = wTp ? TP : 0, mtOk = wMt ? MT : 0;
    const hwCounts = new Int32Array(wHw ? hw.values.length : 0), hwFinite = new Int32Array(wHw ? hw.values.length + 1 : 0);
    const blCounts = new Int32Array(wBl ? bl.values.length : 0), blFinite = new Int32Array(wBl ? bl.values.length + 1 : 0);
    // Stated losses apart (rare): the wins are all claims minus these.
    const lossCounts = new Int32Array(wBl ? bl.values.length : 0), lossFinite = new Int32Array(wBl ? bl.values.length + 1 : 0);
    const loss = this.loss;
    const tpCounts = new Int32Array(wTp ? tp.values.length : 0), mtCounts = new Int32Array(wMt ? mt.values.length : 0);
    const hwRows = new Int32Array(wHw ? this.n : 0), blRows = new Int32Array(wBl ? this.n : 0);
    let nh = 0, nb = 0, without = 0;
    const nm = mt.values.length;
    const cells = new Int32Array(wMx ? tp.values.length * nm : 0);
    const mid = this.factorMid;
    const hwOff = hw.offsets, hwCodes = hw.codes, blOff = bl.offsets, blCodes = bl.codes;
    const tpOff = tp.offsets, tpCodes = tp.codes, mtOff = mt.offsets, mtCodes = mt.codes;
    const any = want !== 0;
    for (let i = 0; any && i < this.n; i++) {
      const f = fail[i];
      if (f !== 0) {
        if (f === hwOk) {
          hwRows[nh++] = i;
          const has = mid[i] === mid[i];
          const a = hwOff[i], b = hwOff[i + 1];
          if (a === b) without++;
          for (let j = a; j < b; j++) { hwCounts[hwCodes[j]]++; if (has) hwFinite[hwCodes[j] + 1]++; }
        } else if (f === blOk) {
          blRows[nb++] = i;
          const has = mid[i] === mid[i];
          for (let j = blOff[i]; j < blOff[i + 1]; j++) { blCounts[blCodes[j]]++; if (has) blFinite[blCodes[j] + 1]++; }
          if (loss[i]) for (let j = blOff[i]; j < blOff[i + 1]; j++) { lossCounts[blCodes[j]]++; if (has) lossFinite[blCodes[j] + 1]++; }
        } else if (f === tpOk) {
          for (let j = tpOff[i]; j < tpOff[i + 1]; j++) tpCounts[tpCodes[j]]++;
        } else if (f === mtOk) {
          for (let j = mtOff[i]; j < mtOff[i + 1]; j++) mtCounts[mtCodes[j]]++;
        }
        if (wMx && (f | TM) === TM) cells[tpCodes[tpOff[i]] * nm + mtCodes[mtOff[i]]]++;
        continue;
      }
      const has = mid[i] === mid[i];
      if (wHw) {
        hwRows[nh++] = i;
        const a = hwOff[i], b = hwOff[i + 1];
        if (a === b) without++;
        for (let j = a; j < b; j++) { hwCounts[hwCodes[j]]++; if (has) hwFinite[hwCodes[j] + 1]++; }
      }
      if (wBl) {
        blRows[nb++] = i;
        for (let j = blOff[i]; j < blOff[i + 1]; j++) { blCounts[blCodes[j]]++; if (has) blFinite[blCodes[j] + 1]++; }
        if (loss[i]) for (let j = blOff[i]; j < blOff[i + 1]; j++) { lossCounts[blCodes[j]]++; if (has) lossFinite[blCodes[j] + 1]++; }
      }
      if (wTp) for (let j = tpOff[i]; j < tpOff[i + 1]; j++) tpCounts[tpCodes[j]]++;
      if (wMt) for (let j = mtOff[i]; j < mtOff[i + 1]; j++) mtCounts[mtCodes[j]]++;
      if (wMx) cells[tpCodes[tpOff[i]] * nm + mtCodes[mtOff[i]]]++;
    }
    const out: Partial<Aggregates> = {};
    if (wHw) {
      out.hardwareCounts = hwCounts;
      out.hardwareStats = this.statsFrom(hw, hwCounts, hwFinite, hwRows, nh);
      out.withoutHardware = without;
    }
    if (wBl) {
      out.baselineCounts = blCounts;
      const winCounts = blCounts.map((c, k) => c - lossCounts[k]);
      const winFinite = blFinite.map((c, k) => c - lossFinite[k]);
      out.baselineStats = this.splitGeneric(
        this.statsFrom(bl, winCounts, winFinite, blRows, nb, 0), this.statsFrom(bl, lossCounts, lossFinite, blRows, nb, 1));
    }
    if (wTp) out.topicCounts = tpCounts;
    if (wMt) out.metricCounts = mtCounts;
    if (wMx) out.matrix = this.matrixFrom(cells);
    return out;
  }

  // ------------------------------------------------------------ the claims chart

  /** The chart's rows for a view (chartData.ts), kept with the view. */
  chart(cross: Cross<T>, by: GroupBy, family: Family, limit = Infinity): ChartData<T> {
    const charts = this.memo(cross).charts;
    const key = `${by}|${family}|${limit}`;
    let chart = charts.get(key);
    if (!chart) charts.set(key, (chart = chartData(this, cross, by, family, limit)));
    return chart;
  }

  // ------------------------------------------------------------ absolute results

  /** absoluteGroups(filtered): each unit's claims are pre-sorted once per data set and filtered here. */
  absolute(cross: Cross<T>): UnitGroup<T>[] {
    const memo = this.memo(cross);
    return (memo.absolute ??= this.absoluteNow(cross));
  }

  private absoluteNow(cross: Cross<T>): UnitGroup<T>[] {
    if (!this.units) {
      const byUnit = new Map<string, number[]>();
      for (let i = 0; i < this.n; i++) {
        if (this.relative[i]) continue;
        const unit = this.table.text('unit', i) || '(no unit)';
        let list = byUnit.get(unit);
        if (!list) byUnit.set(unit, (list = []));
        list.push(i);
      }
      this.units = [...byUnit].map(([unit, list]) => {
        const lower = isLowerBetter(unit);
        const { value_low: low, value_high: high } = this.table.columns.num;
        // Best first: the lowest value_low for lower-is-better units, else the highest value_high; ties by row.
        return { unit, lower, order: lower ? orderByKey(Int32Array.from(list), low) : orderByKey(Int32Array.from(list), high, true) };
      });
    }
    const { fail } = cross;
    const out: UnitGroup<T>[] = [];
    for (const u of this.units) {
      const claims: T[] = [];
      for (let k = 0; k < u.order.length; k++) { const i = u.order[k]; if (fail[i] === 0) claims.push(this.rows[i]); }
      if (claims.length) out.push({ unit: u.unit, lowerIsBetter: u.lower, claims });
    }
    return out.sort((a, b) => b.claims.length - a.claims.length || a.unit.localeCompare(b.unit));
  }
}
