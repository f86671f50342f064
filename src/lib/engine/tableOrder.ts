/**
 * The claims table's orders: per column and direction a permutation of all rows, built once per data set (a radix
 * sort on one number per row: the value, or the text's rank), so a filter change shows the table by filtering the
 * permutation through the fail mask instead of sorting again. Same order as sortClaims
 * (tests/src/reference/sort.ts): empty cells last in row order, ties by row, text by a numeric-aware collator.
 */
import type { Claim } from '../../../extract/core/types.ts';
import { NUMBER_KEYS, TEXT_KEYS, LIST_JOIN, type NumberKey, type TextKey } from '../claimColumns.ts';
import type { ClaimTable } from '../claimTable.ts';
import { orderByKey } from '../orderByKey.ts';
import { columnByKey, type Sort, type TableColumn } from '../sort.ts';
import type { Cross } from './crossFilter.ts';
import { LazyTableRows, type TableRows } from './tableRows.ts';

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

export class TableOrders<T extends Claim> {
  /** Permutations of all rows by `column|dir`. */
  private orders = new Map<string, Int32Array>();

  constructor(private readonly rows: readonly T[], private readonly table: ClaimTable) {}

  /** sortClaims over all rows, as a permutation; cached per column and direction. */
  order(sort: Sort): Int32Array {
    const key = `${sort.column}|${sort.dir}`;
    let order = this.orders.get(key);
    if (order) return order;
    const n = this.rows.length;
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

  /** The rows passing all filters (fail mask 0) in table order. */
  sortedRows(cross: Cross<T>, sort: Sort): T[] {
    const order = this.order(sort);
    const { fail } = cross;
    const rows = this.rows;
    // Made at its size (pushing grows it in steps, each a copy left as garbage: ~2x its 8 MB at a million rows).
    const out = new Array<T>(cross.passing);
    for (let k = 0, o = 0; o < out.length; k++) { const i = order[k]; if (fail[i] === 0) out[o++] = rows[i]; }
    return out;
  }

  /** The same rows, found only as far as the table reads them (tableRows.ts). */
  tableRows(cross: Cross<T>, sort: Sort): TableRows<T> {
    return new LazyTableRows(this.rows, this.order(sort), cross.fail, cross.passing);
  }

  /**
   * What a column sorts on, per row (TableColumn.value): the number, or the rank of the text among the column's
   * values (equal under the collator: equal rank), each distinct value ranked once; NaN for an empty cell.
   */
  private sortKeys(column: TableColumn): Float64Array {
    const { table, rows } = this;
    const n = rows.length;
    if ((NUMBER_KEYS as readonly string[]).includes(column.key)) return table.columns.num[column.key as NumberKey];
    const keys = new Float64Array(n).fill(NaN);
    if (column.key === 'title') return this.paperLabelKeys(column);
    if (!(TEXT_KEYS as readonly string[]).includes(column.key)) {
      // Not a column of the table: rank what the column gives each row.
      const values = rows.map((c) => column.value(c));
      const rank = rankStrings(values.flatMap((v) => (v === null || v === '' || typeof v === 'number' ? [] : [String(v)])));
      values.forEach((v, i) => { if (v !== null && v !== '') keys[i] = typeof v === 'number' ? v : rank.get(String(v))!; });
      return keys;
    }
    // A text column: rank each distinct entry of its dictionary once, then copy ranks by the rows' codes.
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
    const { table, rows } = this;
    const n = rows.length;
    const [ids, titles, systems] = (['paper_id', 'title', 'system'] as const).map((k) => table.chunk(k).codes);
    // One pass: each row's label index (its paper's), each distinct label computed once.
    const indexOf = new Map<string, number>();
    const labels: string[] = [];
    const labelAt = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = `${ids[i]},${titles[i]},${systems[i]}`;
      let at = indexOf.get(k);
      if (at === undefined) { at = labels.length; indexOf.set(k, at); labels.push(String(column.value(rows[i]) ?? '')); }
      labelAt[i] = at;
    }
    const rank = rankStrings(labels.filter((v) => v !== ''));
    const byLabel = Float64Array.from(labels, (v) => (v === '' ? NaN : rank.get(v)!));
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = byLabel[labelAt[i]];
    return keys;
  }
}
