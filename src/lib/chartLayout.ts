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

/** Above this many marks the chart draws them on a canvas instead of as SVG elements. */
export const CANVAS_THRESHOLD = 2000;

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
  const [lo, hi] = extent(values);
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
