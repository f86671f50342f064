/**
 * What a claim's mark looks like, defined once for every renderer: the SVG marks, the canvas raster
 * (rasterMarks.ts) and the legend read these sizes (CSS px around the mark's centre) and the one alpha.
 * - dot: a single value, a filled disc;
 * - range: a bar from the low to the high factor, round caps;
 * - up_to: "up to", an open circle (a disc of the surface colour with a ring in the metric's colour);
 * - at_least: "at least", a triangle pointing right (more is possible).
 */
import type { MarkKind } from './claims.ts';

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

/** The at_least triangle as an SVG path centred on (x, y). */
export function trianglePath(x: number, y: number): string {
  return `M${TRIANGLE.map(([dx, dy]) => `${x + dx},${y + dy}`).join(' L')} Z`;
}
