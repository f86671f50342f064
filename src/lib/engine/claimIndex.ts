/**
 * The dashboard's engine for large data sets (100k claims): an index built once per data set, so that a filter
 * change is a few tight loops over typed arrays instead of passes over row objects.
 *
 * Per data set (here): for each facet a dictionary of values and each row's distinct value codes (facetIndex.ts);
 * per-row flags (up to, has a factor, stated loss) and the factor's geometric middle; lazily, the search index
 * (searchMatches.ts), table orders (tableOrder.ts), chart keys (chartData.ts) and per-unit orders (absoluteResults.ts).
 * Per filter change: the fail mask (crossFilter.ts), kept with the recent views (viewCache.ts), and every view's data
 * read off it: the table, option counts, bar charts and matrix (aggregates.ts), the chart rows, the absolute results.
 *
 * Every answer equals its readable reference in tests/src/reference/ (filters, grouping, sort) for the same rows;
 * tests/src/lib/claimIndex.test.ts checks them against each other.
 */
import type { Claim } from '../../../extract/core/types.ts';
import { ClaimTable, tableOf } from '../claimTable.ts';
import { columnsOfClaims } from '../columnsBuilder.ts';
import type { Family } from '../families.ts';
import type { Facet, FacetOption, Filters } from '../filters.ts';
import type { GroupBy, UnitGroup } from '../grouping.ts';
import type { Sort } from '../sort.ts';
import { AbsoluteResults } from './absoluteResults.ts';
import { AGG_ALL, AGG_PARTS, aggregateParts, optionsOf, type Aggregates } from './aggregates.ts';
import { chartData, type ChartData } from './chartData.ts';
import { crossFilterMask, type Cross } from './crossFilter.ts';
import { facetOfColumn, mergeGeneric, type FacetIndex } from './facetIndex.ts';
import { SearchMatches } from './searchMatches.ts';
import { TableOrders } from './tableOrder.ts';
import type { TableRows } from './tableRows.ts';
import { needleOf, ViewCache } from './viewCache.ts';

export class ClaimIndex<T extends Claim> {
  readonly n: number;
  readonly facets: Record<Facet, FacetIndex>;
  /** 1 for a claim qualified "up to" (the Hide "up to" filter). */
  readonly upTo: Uint8Array;
  /** 1 for a claim with a factor (hasFactor): the chart's claims; the others are absolute results. */
  readonly relative: Uint8Array;
  /** A stated loss (isLoss): counted under Baselines beaten apart from the wins. */
  readonly loss: Uint8Array;
  /** The factor's geometric middle (factorMid) when finite, else NaN. */
  readonly factorMid: Float64Array;
  /** factor_low / factor_high, NaN for null (hot loops read these, not the row objects): the table's columns. */
  readonly factorLow: Float64Array;
  readonly factorHigh: Float64Array;
  /** The rows' columns: the loaded table's (ClaimTable.rows), or made from plain rows (pasted claims, tests). */
  readonly table: ClaimTable;

  private search: SearchMatches<T>;
  private views = new ViewCache<T>();
  private orders: TableOrders<T>;
  private absoluteResults: AbsoluteResults<T>;

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
    // Flags read off the columns, one per row (the row objects are never touched in a filter change).
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
    this.search = new SearchMatches(rows, table);
    this.orders = new TableOrders(rows, table);
    this.absoluteResults = new AbsoluteResults(rows, table, this.relative);
  }

  /** Distinct paper ids among the rows. */
  get paperCount(): number {
    return this.table.columns.papers;
  }

  /** Builds the search index, in slices while `more()` holds (idle time); returns whether it is done. */
  prepareSearch(more?: () => boolean): boolean {
    return this.search.prepare(more);
  }

  /**
   * The view of filters `f` as a fail mask (crossFilter.ts): the same object for the same filters while the view is
   * recent, so what is derived from it below is kept with it.
   */
  cross(f: Filters): Cross<T> {
    return this.views.cross(f, () => {
      const needle = needleOf(f.search);
      return crossFilterMask(this, f, needle ? this.search.match(needle) : null);
    });
  }

  /** All rows in table order (sortClaims as a permutation); cached per column and direction. */
  order(sort: Sort): Int32Array {
    return this.orders.order(sort);
  }

  /** The rows passing all filters in table order. */
  sorted(cross: Cross<T>, sort: Sort): T[] {
    const sorted = this.views.memo(cross).sorted;
    const key = `${sort.column}|${sort.dir}`;
    let rows = sorted.get(key);
    if (!rows) sorted.set(key, (rows = this.orders.sortedRows(cross, sort)));
    return rows;
  }

  /** The rows passing all filters in table order, walked only as far as they are read (the table's window). */
  tableRows(cross: Cross<T>, sort: Sort): TableRows<T> {
    const memo = this.views.memo(cross).tableRows;
    const key = `${sort.column}|${sort.dir}`;
    let rows = memo.get(key);
    if (!rows) memo.set(key, (rows = this.orders.tableRows(cross, sort)));
    return rows;
  }

  /** A facet's options list from its counts (aggregate's `<facet>Counts`); see aggregates.ts optionsOf. */
  optionsOf(facet: Facet, counts: Int32Array, selected: readonly string[], order?: readonly string[]): FacetOption[] {
    return optionsOf(this.facets[facet], counts, selected, order);
  }

  /**
   * The view's option counts, bar charts and matrix (aggregates.ts), kept with the view: `want` (AGG_* bits, default
   * all) limits the answer to those parts, and only parts not computed for this view yet are computed.
   */
  aggregate(cross: Cross<T>, want = AGG_ALL): Partial<Aggregates> {
    const memo = this.views.memo(cross);
    const missing = want & ~memo.aggregated;
    if (missing) {
      Object.assign(memo.parts, aggregateParts(this, cross.fail, missing));
      memo.aggregated |= missing;
    }
    const out: Partial<Aggregates> = {};
    for (const [bit, keys] of AGG_PARTS) {
      if (want & bit) for (const k of keys) (out as Record<string, unknown>)[k] = memo.parts[k];
    }
    return out;
  }

  /** The chart's rows for a view (chartData.ts), kept with the view. */
  chart(cross: Cross<T>, by: GroupBy, family: Family, limit = Infinity): ChartData<T> {
    const charts = this.views.memo(cross).charts;
    const key = `${by}|${family}|${limit}`;
    let chart = charts.get(key);
    if (!chart) charts.set(key, (chart = chartData(this, cross, by, family, limit)));
    return chart;
  }

  /** The view's absolute results by unit (absoluteResults.ts), kept with the view. */
  absolute(cross: Cross<T>): UnitGroup<T>[] {
    const memo = this.views.memo(cross);
    return (memo.absolute ??= this.absoluteResults.of(cross));
  }
}
