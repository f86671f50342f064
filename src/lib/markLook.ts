/**
 * What a claim's mark looks like, defined once for every renderer: the SVG marks (MarkShape.svelte, in the chart, its
 * legend and Who beats whom) and the canvas raster (rasterMarks.ts, rasterMasks.ts) read MARK_STYLES, these sizes
 * (CSS px around the mark's centre) and the one alpha; `markOf` gives a claim's kind and colour.
 * - dot: a single value, a filled disc;
 * - range: a bar from the low to the high factor, round caps;
 * - up_to: "up to", an open circle (a disc of the surface colour with a ring in the metric's colour);
 * - at_least: "at least", a triangle pointing right (more is possible).
 */
import type { Claim } from '../../extract/core/types.ts';
import { markKind, type MarkKind } from './claims.ts';
import { metricColor } from './families.ts';

/** Index order of the kinds in typed arrays (MarkSet.kind). */
export const MARK_KINDS: readonly MarkKind[] = ['dot', 'range', 'up_to', 'at_least'];

/** Every mark is drawn at this alpha over the surface. */
export const MARK_ALPHA = 0.75;
/** Radius of the dot and of the up_to circle (the ring is centred on it). */
export const DOT_R = 4;
/** Width of the up_to ring. */
export const RING_W = 2;
/** Thickness of a range bar. */
export const RANGE_W = 5;
/** The at_least triangle's corners around the centre: left edge at x − 4, tip at x + 5, 10 px tall. */
export const TRIANGLE: readonly (readonly [number, number])[] = [[-4, -5], [5, 0], [-4, 5]];
/** How far any mark reaches from its centre (the ring's outer edge, the triangle's tip): spacing and hit tests. */
export const MARK_REACH = 5;

/** What a part of a mark is painted with: its metric's colour, or the surface behind the chart. */
export type Paint = 'metric' | 'surface';

/**
 * A kind's mark, as SVG would draw it: a shape (a circle of DOT_R at the centre; a bar, a line from x1 to x2 with
 * round caps; the TRIANGLE at the centre) filled, then stroked `strokeWidth` wide (centred on its outline).
 */
export interface MarkStyle {
  /** The legend's word for it. */
  label: string;
  shape: 'circle' | 'bar' | 'triangle';
  fill: Paint | null;
  stroke: Paint | null;
  strokeWidth: number;
}

export const MARK_STYLES: Readonly<Record<MarkKind, MarkStyle>> = {
  dot: { label: 'value', shape: 'circle', fill: 'metric', stroke: null, strokeWidth: 0 },
  range: { label: 'range', shape: 'bar', fill: null, stroke: 'metric', strokeWidth: RANGE_W },
  up_to: { label: 'up to', shape: 'circle', fill: 'surface', stroke: 'metric', strokeWidth: RING_W },
  at_least: { label: 'at least', shape: 'triangle', fill: 'metric', stroke: null, strokeWidth: 0 },
};

/** A claim's mark: its kind (claims.ts: markKind) and its metric's colour (families.ts: metricColor). */
export function markOf(c: Claim): { kind: MarkKind; color: string } {
  return { kind: markKind(c), color: metricColor(c.metric) };
}

/** The at_least triangle as an SVG path centred on (x, y). */
export function trianglePath(x: number, y: number): string {
  return `M${TRIANGLE.map(([dx, dy]) => `${x + dx},${y + dy}`).join(' L')} Z`;
}
