/**
 * What the claims chart's layout (chartLayout.ts) reads of each row, per data set (the rows array): its jitter, mark
 * kind, colour and factors (and their logs), worked out once. A loaded table's rows get theirs from its columns in
 * one pass (each qualifier and metric value looked at once, not a getter per row: ~1 s at a million rows; the jitter
 * as the loading workers hashed it); other rows (pasted claims, tests) one at a time as the layout first meets them.
 * The app's layout reads them in the chart's factor order (orderedLooks, below).
 */
import type { Claim } from '../../extract/core/types.ts';
import { tableOf, type ClaimTable } from './claimTable.ts';
import { jitter } from './jitter.ts';
import { MARK_KINDS, markOf } from './markLook.ts';
import { metricColor } from './families.ts';

/** Per data set (the rows array): each row's jitter, mark kind, colour and factors, computed on first use. */
export interface RowLooks {
  jitter: Float64Array;
  /** ln(factor_low) and ln(max(factor_low, factor_high)): the log scale's input, once per row. */
  logLow: Float64Array;
  logHigh: Float64Array;
  /** factor_low and max(factor_low, factor_high). */
  low: Float64Array;
  high: Float64Array;
  kind: Uint8Array;
  color: Uint8Array;
  colors: string[];
  done: Uint8Array;
}
const LOOKS = new WeakMap<readonly object[], RowLooks>();

export function looksOf(rows: readonly object[]): RowLooks {
  let l = LOOKS.get(rows);
  if (!l) {
    const n = rows.length;
    l = {
      jitter: new Float64Array(n), logLow: new Float64Array(n), logHigh: new Float64Array(n),
      low: new Float64Array(n), high: new Float64Array(n),
      kind: new Uint8Array(n), color: new Uint8Array(n), colors: [], done: new Uint8Array(n),
    };
    LOOKS.set(rows, l);
    const table = tableOf(rows);
    if (table) looksFromTable(l, table);
  }
  return l;
}

/** Row i's jitter, kind, colour and factors into its looks (once per data set). */
export function lookOf(looks: RowLooks, c: Claim & { id: string }, i: number): void {
  looks.jitter[i] = jitter(c.id);
  const { kind, color } = markOf(c);
  looks.kind[i] = MARK_KINDS.indexOf(kind);
  looks.color[i] = colorIndex(looks.colors, color);
  const low = c.factor_low!;
  looks.low[i] = low;
  looks.high[i] = Math.max(low, c.factor_high ?? low);
  looks.logLow[i] = Math.log(looks.low[i]);
  looks.logHigh[i] = Math.log(looks.high[i]);
  looks.done[i] = 1;
}

/** Colour `color`'s index in a palette (added when new). */
function colorIndex(colors: string[], color: string): number {
  let ci = colors.indexOf(color);
  if (ci < 0) { ci = colors.length; colors.push(color); }
  return ci;
}

/** Every row's looks from the table's columns, as lookOf gives them from the row (markKind, metricColor, its factors). */
function looksFromTable(l: RowLooks, table: ClaimTable): void {
  fillFromTable(table, null, l);
  l.done.fill(1);
}

/**
 * Looks from a table's columns: at p, those of row order[p] (of row p without an order); `low` and `high` when `to`
 * has them. Each qualifier and metric value is looked at once.
 */
function fillFromTable(
  table: ClaimTable, order: Int32Array | null,
  to: Omit<OrderedLooks, 'colors'> & { colors: string[]; low?: Float64Array; high?: Float64Array },
): void {
  const { num, text, jitter: jitters } = table.columns;
  const kindOf = (q: string) => MARK_KINDS.indexOf(q === 'up_to' || q === 'at_least' ? q : 'dot');
  const qualifier = Int32Array.from({ length: text.qualifier.values.ends.length + 1 }, (_, e) => kindOf(table.entry('qualifier', e - 1)));
  const color = Int32Array.from({ length: text.metric.values.ends.length + 1 }, (_, e) => colorIndex(to.colors, metricColor(table.entry('metric', e - 1))));
  const range = MARK_KINDS.indexOf('range');
  const qCodes = text.qualifier.codes;
  const mCodes = text.metric.codes;
  const { factor_low: lows, factor_high: highs } = num;
  const { low, high } = to;
  const n = order ? order.length : table.n;
  for (let p = 0; p < n; p++) {
    const i = order ? order[p] : p;
    // An empty factor reads as null: markKind takes it as 0 (low) or the low one (high); a Float64Array stores 0.
    const fl = lows[i] === lows[i] ? lows[i] : 0;
    const fh = highs[i] === highs[i] ? highs[i] : fl;
    to.kind[p] = fh > fl ? range : qualifier[qCodes[i] + 1];
    to.color[p] = color[mCodes[i] + 1];
    const top = Math.max(fl, fh);
    if (low && high) { low[p] = fl; high[p] = top; }
    to.logLow[p] = Math.log(fl);
    to.logHigh[p] = Math.log(top);
    to.jitter[p] = jitters[i];
  }
}

/**
 * What the layout reads of each mark, at the positions of an order of rows (the chart's rows by factor,
 * engine/chartData.ts), so that the layout of a chart row, whose claims come in that order, reads these arrays
 * front to back instead of jumping about the rows: at a million claims 600k marks read seven arrays of the rows
 * at random (~27 MB) and took 110–240 ms. Colours index the looks' `colors`, as RowLooks' do.
 */
export interface OrderedLooks {
  logLow: Float64Array;
  logHigh: Float64Array;
  jitter: Float64Array;
  kind: Uint8Array;
  color: Uint8Array;
  colors: string[];
}
const ORDERED = new WeakMap<Int32Array, OrderedLooks>();

/**
 * The looks of rows[order[p]] at p (once per order): a table's read from its columns (its rows' own looks, 44 bytes
 * a row, are then never made), other rows' from their looks (rows not met yet are looked at now).
 */
export function orderedLooks(rows: readonly (Claim & { id: string })[], order: Int32Array): OrderedLooks {
  let o = ORDERED.get(order);
  if (o) return o;
  const n = order.length;
  const table = LOOKS.has(rows) ? undefined : tableOf(rows);
  o = {
    logLow: new Float64Array(n), logHigh: new Float64Array(n), jitter: new Float64Array(n),
    kind: new Uint8Array(n), color: new Uint8Array(n), colors: table ? [] : looksOf(rows).colors,
  };
  ORDERED.set(order, o);
  if (table) {
    fillFromTable(table, order, o);
    return o;
  }
  const l = looksOf(rows);
  for (let p = 0; p < n; p++) {
    const i = order[p];
    if (!l.done[i]) lookOf(l, rows[i], i);
    o.logLow[p] = l.logLow[i];
    o.logHigh[p] = l.logHigh[i];
    o.jitter[p] = l.jitter[i];
    o.kind[p] = l.kind[i];
    o.color[p] = l.color[i];
  }
  return o;
}
