/**
 * What the claims chart's layout (chartLayout.ts) reads of each row, per data set (the rows array): its jitter, mark
 * kind, colour and factors (and their logs), worked out once. A loaded table's rows get theirs from its columns in
 * one pass (each qualifier and metric value looked at once, not a getter per row: ~1 s at a million rows); other rows
 * (pasted claims, tests) one at a time as the layout first meets them.
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
  /** jitter[i] already known (primeJitter). */
  jitterSet: Uint8Array;
}
const LOOKS = new WeakMap<readonly object[], RowLooks>();

/** Jitter computed elsewhere (the CSV workers) for rows[offset…]: saves hashing every id on the page. */
export function primeJitter(rows: readonly object[], jitters: Float64Array, offset = 0): void {
  const l = looksOf(rows);
  l.jitter.set(jitters, offset);
  l.jitterSet.fill(1, offset, offset + jitters.length);
}

/** Forget a primed jitter (the row's id changed). */
export function unprimeJitter(rows: readonly object[], i: number): void {
  looksOf(rows).jitterSet[i] = 0;
}

export function looksOf(rows: readonly object[]): RowLooks {
  let l = LOOKS.get(rows);
  if (!l) {
    const n = rows.length;
    l = {
      jitter: new Float64Array(n), logLow: new Float64Array(n), logHigh: new Float64Array(n),
      low: new Float64Array(n), high: new Float64Array(n),
      kind: new Uint8Array(n), color: new Uint8Array(n), colors: [], done: new Uint8Array(n), jitterSet: new Uint8Array(n),
    };
    LOOKS.set(rows, l);
    const table = tableOf(rows);
    if (table) looksFromTable(l, table);
  }
  return l;
}

/** Row i's jitter, kind, colour and factors into its looks (once per data set). */
export function lookOf(looks: RowLooks, c: Claim & { id: string }, i: number): void {
  if (!looks.jitterSet[i]) looks.jitter[i] = jitter(c.id);
  const { kind, color } = markOf(c);
  looks.kind[i] = MARK_KINDS.indexOf(kind);
  let ci = looks.colors.indexOf(color);
  if (ci < 0) { ci = looks.colors.length; looks.colors.push(color); }
  looks.color[i] = ci;
  const low = c.factor_low!;
  looks.low[i] = low;
  looks.high[i] = Math.max(low, c.factor_high ?? low);
  looks.logLow[i] = Math.log(looks.low[i]);
  looks.logHigh[i] = Math.log(looks.high[i]);
  looks.done[i] = 1;
}

/** Colour `color`'s index in the looks' colours. */
function colorIndex(l: RowLooks, color: string): number {
  let ci = l.colors.indexOf(color);
  if (ci < 0) { ci = l.colors.length; l.colors.push(color); }
  return ci;
}

/** Every row's looks from the table's columns, as lookOf gives them from the row (markKind, metricColor, its factors). */
function looksFromTable(l: RowLooks, table: ClaimTable): void {
  const { num, text, jitter: jitters } = table.columns;
  l.jitter.set(jitters);
  l.jitterSet.fill(1);
  const kindOf = (q: string) => MARK_KINDS.indexOf(q === 'up_to' || q === 'at_least' ? q : 'dot');
  const qualifier = Int32Array.from({ length: text.qualifier.values.ends.length + 1 }, (_, e) => kindOf(table.entry('qualifier', e - 1)));
  const color = Int32Array.from({ length: text.metric.values.ends.length + 1 }, (_, e) => colorIndex(l, metricColor(table.entry('metric', e - 1))));
  const range = MARK_KINDS.indexOf('range');
  const qCodes = text.qualifier.codes;
  const mCodes = text.metric.codes;
  const { factor_low: lows, factor_high: highs } = num;
  for (let i = 0; i < table.n; i++) {
    // An empty factor reads as null: markKind takes it as 0 (low) or the low one (high); a Float64Array stores 0.
    const fl = lows[i] === lows[i] ? lows[i] : 0;
    const fh = highs[i] === highs[i] ? highs[i] : fl;
    l.kind[i] = fh > fl ? range : qualifier[qCodes[i] + 1];
    l.color[i] = color[mCodes[i] + 1];
    l.low[i] = fl;
    l.high[i] = Math.max(fl, fh);
    l.logLow[i] = Math.log(l.low[i]);
    l.logHigh[i] = Math.log(l.high[i]);
  }
  l.done.fill(1);
}
