/**
 * Geometry of the claims chart: the log scale of the improvement factor, one row per group, and one mark per
 * (claim, row). The same marks feed the SVG renderer (up to CANVAS_THRESHOLD marks) and the canvas renderer
 * (above it), and hit-testing for hover and click on the canvas. Pure functions.
 */
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { extent } from 'd3-array';
import { format } from 'd3-format';
import type { Claim, Metric } from '../../extract/core/types.ts';
import { markKind, type MarkKind } from './claims.ts';
import type { ClaimGroup } from './grouping.ts';

/**
 * Above this many marks the chart draws them on a canvas (same look, hover and click) instead of as SVG elements.
 * Measured at 100k claims on a 2-core machine (bench:ui): a change that creates N SVG marks costs ~30 ms + ~0.05 ms
 * per mark (1,300 marks ~130 ms), one drawn on the canvas ~50–80 ms whatever N; they cross near 500.
 */
export const CANVAS_THRESHOLD = 500;

/** One colour per metric, readable on light and dark backgrounds. */
export const METRIC_COLORS: Record<Metric, string> = {
  throughput: '#3b82f6', latency: '#f59e0b', speed: '#ef4444', training_time: '#14b8a6', memory: '#a855f7',
  energy: '#84cc16', cost: '#ec4899', communication: '#06b6d4', parameters: '#f97316', accuracy: '#22c55e',
  fid: '#eab308', other: '#94a3b8',
};
export function metricColor(m: string): string {
  return METRIC_COLORS[m as Metric] ?? METRIC_COLORS.other;
}

export function factorScale(claims: readonly Claim[], x0: number, x1: number): ScaleLogarithmic<number, number> {
  const values: number[] = [];
  for (const c of claims) {
    if (c.factor_low !== null && c.factor_low > 0) values.push(c.factor_low);
    if (c.factor_high !== null && c.factor_high > 0) values.push(c.factor_high);
  }
  return factorScaleOf(extent(values), x0, x1);
}

/** factorScale from the extent of the factors (smallest and largest; undefined when there are none). */
export function factorScaleOf(
  [lo, hi]: readonly [number | undefined, number | undefined], x0: number, x1: number,
): ScaleLogarithmic<number, number> {
  const low = Math.min(1, lo ?? 1);
  const high = Math.max(2, hi ?? 2);
  return scaleLog().domain([low / 1.15, high * 1.25]).range([x0, x1]).clamp(true);
}

const fmtTick = format('~g');
/** Axis tick labels: "1×", "2×", "10×", "100×" — at most ~`count` of them, no crowding. */
export function factorTicks(scale: ScaleLogarithmic<number, number>, count: number): { value: number; label: string }[] {
  const [d0, d1] = scale.domain();
  const max = Math.max(2, count);
  const within = (mantissas: number[]) => {
    const out: number[] = [];
    for (let p = Math.floor(Math.log10(d0)); p <= Math.ceil(Math.log10(d1)); p++) {
      for (const m of mantissas) {
        const v = m * 10 ** p;
        if (v >= d0 && v <= d1) out.push(v);
      }
    }
    return out;
  };
  // Densest "nice" set that fits, else every n-th decade.
  let ticks = [[1, 1.5, 2, 3, 5, 7], [1, 2, 5], [1, 3], [1]].map(within).find((t) => t.length <= max) ?? within([1]);
  const step = Math.ceil(ticks.length / max);
  ticks = ticks.filter((_, i) => i % step === 0);
  return ticks.map((v) => ({ value: v, label: `${fmtTick(v)}×` }));
}

export interface Mark<T extends Claim> {
  claim: T;
  kind: MarkKind;
  /** Factor low / high in px. */
  x1: number;
  x2: number;
  y: number;
  row: number;
  color: string;
}

/** A small deterministic offset in [-1, 1] from the claim id, so marks in a row don't sit on one line. */
export function jitter(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 500 - 1;
}

export function layoutMarks<T extends Claim & { id: string }>(
  groups: readonly ClaimGroup<T>[], scale: (n: number) => number, top: number, rowHeight: number,
): Mark<T>[] {
  const marks: Mark<T>[] = [];
  const spread = Math.max(0, rowHeight / 2 - 6);
  groups.forEach((g, row) => {
    const mid = top + row * rowHeight + rowHeight / 2;
    for (const c of g.claims) {
      const low = c.factor_low!;
      const high = c.factor_high ?? low;
      marks.push({
        claim: c, kind: markKind(c), x1: scale(low), x2: scale(Math.max(low, high)),
        y: mid + (g.claims.length > 1 ? jitter(c.id) * spread : 0), row, color: metricColor(c.metric),
      });
    }
  });
  return marks;
}

export const MARK_KINDS: readonly MarkKind[] = ['dot', 'range', 'up_to', 'at_least'];

/**
 * The marks of many claims as parallel typed arrays (what the canvas draws and hit-tests at 100k claims):
 * mark k is claim rows[claim[k]] in chart row row[k]. Same geometry as layoutMarks.
 */
export interface MarkSet<T extends Claim> {
  n: number;
  rows: readonly T[];
  claim: Int32Array;
  row: Int32Array;
  kind: Uint8Array;
  /** Index into `colors`. */
  color: Uint8Array;
  colors: string[];
  x1: Float64Array;
  x2: Float64Array;
  y: Float64Array;
}

/** Per data set (the rows array): each row's jitter, mark kind and colour, computed on first use. */
interface RowLooks {
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

function looksOf(rows: readonly object[]): RowLooks {
  let l = LOOKS.get(rows);
  if (!l) {
    const n = rows.length;
    l = { jitter: new Float64Array(n), logLow: new Float64Array(n), logHigh: new Float64Array(n), low: new Float64Array(n), high: new Float64Array(n), kind: new Uint8Array(n), color: new Uint8Array(n), colors: [], done: new Uint8Array(n), jitterSet: new Uint8Array(n) };
    LOOKS.set(rows, l);
  }
  return l;
}

/** layoutMarks for groups that carry their claims' row indices (`idx`, into `rows`). */
export function layoutMarkSet<T extends Claim & { id: string }>(
  groups: readonly (ClaimGroup<T> & { idx: Int32Array })[], rows: readonly T[], scale: ScaleLogarithmic<number, number>,
  top: number, rowHeight: number,
): MarkSet<T> {
  let n = 0;
  for (const g of groups) n += g.idx.length;
  const looks = looksOf(rows);
  const set: MarkSet<T> = {
    n, rows, claim: new Int32Array(n), row: new Int32Array(n), kind: new Uint8Array(n), color: new Uint8Array(n),
    colors: looks.colors, x1: new Float64Array(n), x2: new Float64Array(n), y: new Float64Array(n),
  };
  // The log scale on cached logs: clamp(ln x) = ln(clamp x), then d3's normalise and interpolate.
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const exact = d0 > 0 && d1 > d0 && scale.clamp();
  const la = Math.log(d0);
  const lb = Math.log(d1);
  const span = lb - la;
  const spread = Math.max(0, rowHeight / 2 - 6);
  // One tight loop over typed arrays (100k marks per filter change).
  const { done, jitter, kind, color, low, high, logLow, logHigh } = looks;
  const { claim, row: rowOf, kind: kinds, color: colors, x1, x2, y } = set;
  let k = 0;
  for (let r = 0; r < groups.length; r++) {
    const idx = groups[r].idx;
    const mid = top + r * rowHeight + rowHeight / 2;
    const many = idx.length > 1;
    for (let q = 0; q < idx.length; q++, k++) {
      const i = idx[q];
      if (!done[i]) lookOf(looks, rows[i], i);
      claim[k] = i;
      rowOf[k] = r;
      kinds[k] = kind[i];
      colors[k] = color[i];
      const a = logLow[i];
      const b = logHigh[i];
      if (exact && a === a && b === b) {
        const ta = (Math.max(la, Math.min(lb, a)) - la) / span;
        const tb = (Math.max(la, Math.min(lb, b)) - la) / span;
        x1[k] = r0 * (1 - ta) + r1 * ta;
        x2[k] = r0 * (1 - tb) + r1 * tb;
      } else {
        x1[k] = scale(low[i]);
        x2[k] = scale(high[i]);
      }
      y[k] = mid + (many ? jitter[i] * spread : 0);
    }
  }
  return set;
}

const LAID_OUT = new WeakMap<object, { key: string; set: MarkSet<Claim> }>();

/**
 * layoutMarkSet, kept per groups array and geometry: a recent view's chart data comes back as the same array
 * (claimIndex.ts keeps it), so going back to the view costs no layout.
 */
export function markSetOf<T extends Claim & { id: string }>(
  groups: readonly (ClaimGroup<T> & { idx: Int32Array })[], rows: readonly T[], scale: ScaleLogarithmic<number, number>,
  top: number, rowHeight: number,
): MarkSet<T> {
  const key = JSON.stringify([scale.domain(), scale.range(), scale.clamp(), top, rowHeight]);
  const hit = LAID_OUT.get(groups);
  if (hit && hit.key === key && hit.set.rows === rows) return hit.set as MarkSet<T>;
  const set = layoutMarkSet(groups, rows, scale, top, rowHeight);
  LAID_OUT.set(groups, { key, set });
  return set;
}

/** Row i's jitter, kind, colour and factors into its looks (once per data set). */
function lookOf(looks: RowLooks, c: Claim & { id: string }, i: number): void {
  if (!looks.jitterSet[i]) looks.jitter[i] = jitter(c.id);
  looks.kind[i] = MARK_KINDS.indexOf(markKind(c));
  const color = metricColor(c.metric);
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

/** Mark k of a set as a Mark object (for the SVG renderer, tooltips and clicks). */
export function markAt<T extends Claim>(set: MarkSet<T>, k: number): Mark<T> {
  return {
    claim: set.rows[set.claim[k]], kind: MARK_KINDS[set.kind[k]], x1: set.x1[k], x2: set.x2[k], y: set.y[k],
    row: set.row[k], color: set.colors[set.color[k]],
  };
}

/** hitTest over a mark set: the index of the mark hit, or -1. */
export function hitTestSet<T extends Claim>(set: MarkSet<T>, px: number, py: number, radius = 6): number {
  let best = -1;
  let bestD = radius * radius;
  const { x1, x2, y } = set;
  for (let k = 0; k < set.n; k++) {
    const dx = px < x1[k] ? x1[k] - px : px > x2[k] ? px - x2[k] : 0;
    const dy = py - y[k];
    const d = dx * dx + dy * dy;
    if (d <= bestD) { bestD = d; best = k; }
  }
  return best;
}

/** The mark under (or nearest to, within `radius` px) a point; ranges count along their whole length. */
export function hitTest<T extends Claim>(marks: readonly Mark<T>[], px: number, py: number, radius = 6): Mark<T> | null {
  let best: Mark<T> | null = null;
  let bestD = radius * radius;
  for (const m of marks) {
    const dx = px < m.x1 ? m.x1 - px : px > m.x2 ? px - m.x2 : 0;
    const dy = py - m.y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) { bestD = d; best = m; }
  }
  return best;
}

const fmtFactor = format('.3~r');
/** "×2.39", "×1.1–2" */
export function factorLabel(c: Claim): string {
  if (c.factor_low === null) return '';
  const hi = c.factor_high ?? c.factor_low;
  return hi > c.factor_low ? `×${fmtFactor(c.factor_low)}–${fmtFactor(hi)}` : `×${fmtFactor(c.factor_low)}`;
}
