/**
 * Where the claims chart's marks go: one row per group, one mark per (claim, row), x from the log scale of the
 * factor. Within a row the marks are dodged (a beeswarm, as Observable Plot's dodge): in factor order, each takes the
 * lane nearest the row's centre line where it overlaps no mark already placed, so no mark hides another and a row is
 * as tall as its lanes. A row whose marks do not fit in MAX_LANES is dense: they spread over a fixed band (each by a
 * jitter from its id) and the row's summary (chartAnnotations.ts) carries it. The same typed arrays feed the SVG marks,
 * the canvas raster and hit-testing. Pure functions.
 */
import type { ScaleLogarithmic } from 'd3-scale';
import type { Claim } from '../../extract/core/types.ts';
import type { MarkKind } from './claims.ts';
import type { ClaimGroup } from './grouping.ts';
import { MARK_KINDS, MARK_REACH } from './markLook.ts';
import { lookOf, looksOf, orderedLooks } from './rowLooks.ts';

export { JITTER_SEED, jitter, jitterOf, jitterText } from './jitter.ts';

/**
 * Above this many marks the chart draws them on a canvas (same look, hover and click) instead of as SVG elements.
 * Measured at 100k claims on a 2-core machine (bench:ui): a change that creates N SVG marks costs ~30 ms + ~0.05 ms
 * per mark (1,300 marks ~130 ms), one drawn on the canvas ~50–80 ms whatever N; they cross near 500.
 */
export const CANVAS_THRESHOLD = 500;
/** Rows of the chart (the groups with most claims). */
export const CHART_ROWS = 40;
/**
 * One slot per possible row: the row layers draw every slot and hide the unused ones, so a change in the number of
 * rows (Group by, a filter) rewrites elements instead of creating and removing hundreds of them (measured at 100k:
 * ~30 ms of DOM insertion and removal per Group by change).
 */
export const ROW_SLOTS: readonly number[] = Array.from({ length: CHART_ROWS }, (_, r) => r);
/** Distance between lane centres: two marks' reach and a 1 px gap. */
export const LANE = 2 * MARK_REACH + 1;
/** Lanes a row may take (~100 px) before it counts as dense. */
export const MAX_LANES = 9;
/** Space above and below a row's lanes. */
const ROW_PAD = 4;
/** The least height of a row. */
export const MIN_ROW = 24;
/** The height of a dense row's band. */
export const DENSE_ROW = 44;
/** Above each row, when row labels sit over their rows (narrow charts). */
export const LABEL_LINE = 16;

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

/** The marks as parallel typed arrays: mark k is claim rows[claim[k]] in chart row row[k]. */
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

export interface RowBox {
  /** Top of the row's band (its label line included) and its height. */
  top: number;
  height: number;
  /** The centre line of its marks. */
  mid: number;
  dense: boolean;
  /** Where its rightmost mark ends (the largest x2). */
  right: number;
  /** Its marks are set[first … end). */
  first: number;
  end: number;
}

export interface ChartLayout<T extends Claim> {
  set: MarkSet<T>;
  rows: RowBox[];
  /** The bottom of the last row. */
  height: number;
}

/** Each mark's lane while its row is dodged (read in the same call; kept, not 1 byte a mark per change). */
let laneScratch = new Int8Array(0);

/** Lane L's offset from the centre line, in lanes: 0, −1, +1, −2, +2, … */
const laneOffset = (lane: number) => (lane === 0 ? 0 : lane % 2 ? -(lane + 1) / 2 : lane / 2);

/** Chart rows: their claims' row indices (`idx`, into `rows`, in factor order), and their positions in `order` (`pos`). */
export type LaidGroup<T extends Claim> = ClaimGroup<T> & { idx: Int32Array; pos?: Int32Array };

/**
 * The marks of groups that carry their claims' row indices (`idx`, into `rows`, in factor order), rows stacked
 * from `top`; `labelAbove` leaves a line above each row for its label. With `order` (every group's `pos` are
 * positions in it: the chart's rows by factor), each mark's looks are read at its position (orderedLooks).
 */
export function layoutChart<T extends Claim & { id: string }>(
  groups: readonly LaidGroup<T>[], rows: readonly T[], scale: ScaleLogarithmic<number, number>,
  top: number, labelAbove = false, order?: Int32Array,
): ChartLayout<T> {
  let n = 0;
  for (const g of groups) n += g.idx.length;
  const ordered = order && groups.every((g) => g.pos) ? orderedLooks(rows, order) : null;
  // The rows' own looks: without an order, or for the scale's slow path below (a table's rows need not have them).
  let looks = ordered ? null : looksOf(rows);
  const rowLooks = () => (looks ??= looksOf(rows));
  // Read at the mark's position in `order` (ordered), else at its row.
  const { jitter: jit, kind, color, logLow, logHigh, colors: palette } = ordered ?? looks!;
  const set: MarkSet<T> = {
    n, rows, claim: new Int32Array(n), row: new Int32Array(n), kind: new Uint8Array(n), color: new Uint8Array(n),
    colors: palette, x1: new Float64Array(n), x2: new Float64Array(n), y: new Float64Array(n),
  };
  // The log scale on cached logs: clamp(ln x) = ln(clamp x), then d3's normalise and interpolate.
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const exact = d0 > 0 && d1 > d0 && scale.clamp();
  const la = Math.log(d0);
  const span = Math.log(d1) - la;
  // A row with more marks than MAX_LANES lanes of the plot's width can hold is dense without trying.
  const fits = MAX_LANES * Math.ceil(Math.abs(r1 - r0) / LANE + 1);
  const laneEnd = new Float64Array(MAX_LANES);
  if (laneScratch.length < n) laneScratch = new Int8Array(n);
  const lane = laneScratch;
  const boxes: RowBox[] = [];
  const { claim, row: rowOf, kind: kinds, color: colors, x1, x2, y } = set;
  let k = 0;
  let at = top;
  // One tight loop over typed arrays per row (100k marks per filter change).
  for (let r = 0; r < groups.length; r++) {
    const idx = groups[r].idx;
    const place = ordered ? groups[r].pos! : idx;
    const first = k;
    let right = -Infinity;
    for (let q = 0; q < idx.length; q++, k++) {
      const i = idx[q];
      const p = place[q];
      if (!ordered && !looks!.done[i]) lookOf(looks!, rows[i], i);
      claim[k] = i;
      rowOf[k] = r;
      kinds[k] = kind[p];
      colors[k] = color[p];
      const a = logLow[p];
      const b = logHigh[p];
      if (exact && a === a && b === b) {
        const ta = (Math.max(0, Math.min(span, a - la))) / span;
        const tb = (Math.max(0, Math.min(span, b - la))) / span;
        x1[k] = r0 * (1 - ta) + r1 * ta;
        x2[k] = r0 * (1 - tb) + r1 * tb;
      } else {
        const l = rowLooks();
        if (!l.done[i]) lookOf(l, rows[i], i);
        x1[k] = scale(l.low[i]);
        x2[k] = scale(l.high[i]);
      }
      if (x2[k] > right) right = x2[k];
    }
    // Dodge: the first lane (nearest the centre line first) whose last mark ends 1 px before this one starts.
    let dense = idx.length > fits;
    let minOff = 0;
    let maxOff = 0;
    laneEnd.fill(-Infinity);
    for (let m = first; m < k && !dense; m++) {
      const left = x1[m] - MARK_REACH - 1;
      let L = 0;
      while (L < MAX_LANES && laneEnd[L] > left) L++;
      if (L === MAX_LANES) { dense = true; break; }
      laneEnd[L] = x2[m] + MARK_REACH;
      lane[m] = L;
      const off = laneOffset(L);
      if (off < minOff) minOff = off;
      if (off > maxOff) maxOff = off;
    }
    const label = labelAbove ? LABEL_LINE : 0;
    let height: number;
    let mid: number;
    if (dense) {
      height = label + DENSE_ROW;
      mid = at + label + DENSE_ROW / 2;
      const spread = DENSE_ROW / 2 - 6;
      for (let m = first; m < k; m++) y[m] = mid + jit[place[m - first]] * spread;
    } else {
      const lanes = maxOff - minOff + 1;
      const band = Math.max(MIN_ROW, lanes * LANE + 2 * ROW_PAD);
      height = label + band;
      mid = at + label + (band - lanes * LANE) / 2 + (0.5 - minOff) * LANE;
      for (let m = first; m < k; m++) y[m] = mid + laneOffset(lane[m]) * LANE;
    }
    boxes.push({ top: at, height, mid, dense, right, first, end: k });
    at += height;
  }
  return { set, rows: boxes, height: at };
}

const LAID_OUT = new WeakMap<object, { key: string; layout: ChartLayout<Claim> }>();

/**
 * layoutChart, kept per groups array and geometry: a recent view's chart data comes back as the same array
 * (engine/viewCache.ts keeps it), so going back to the view costs no layout.
 */
export function layoutOf<T extends Claim & { id: string }>(
  groups: readonly LaidGroup<T>[], rows: readonly T[], scale: ScaleLogarithmic<number, number>,
  top: number, labelAbove = false, order?: Int32Array,
): ChartLayout<T> {
  const key = JSON.stringify([scale.domain(), scale.range(), scale.clamp(), top, labelAbove]);
  const hit = LAID_OUT.get(groups);
  if (hit && hit.key === key && hit.layout.set.rows === rows) return hit.layout as ChartLayout<T>;
  const layout = layoutChart(groups, rows, scale, top, labelAbove, order);
  LAID_OUT.set(groups, { key, layout });
  return layout;
}

/** Mark k of a set as a Mark object (for tooltips and the SVG renderer). */
export function markAt<T extends Claim>(set: MarkSet<T>, k: number): Mark<T> {
  return {
    claim: set.rows[set.claim[k]], kind: MARK_KINDS[set.kind[k]], x1: set.x1[k], x2: set.x2[k], y: set.y[k],
    row: set.row[k], color: set.colors[set.color[k]],
  };
}

/** The mark under (or nearest to, within `radius` px of) a point, or -1; ranges count along their whole length. */
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
