/**
 * The fixed shapes of the canvas marks (rasterMarks.ts) as precomputed anti-aliased coverage masks at a device pixel
 * ratio, centred on a whole device pixel (pixel centres at +0.5); each shape in 16 parts, by which of its NEIGHBOURS
 * are centres of the same style too (see NEIGHBOURS). Sizes from markLook.ts (the ring's width from MARK_STYLES).
 */
import { DOT_R, TRIANGLE } from './markLook.ts';

/**
 * The centres just before a shape's own in pixel order, in CSS px. Where some of them are centres of its style
 * too, the shape only needs its pixels that it covers more than they do: its part for that set of neighbours.
 * By induction over pixel order the union stays the union of whole shapes: each neighbour covers its whole shape,
 * through its own part and its own earlier neighbours, or is hidden. In a dense layer this skips most pixels.
 */
export const NEIGHBOURS = [[-1, 0], [0, -1], [-1, -1], [1, -1]] as const;

export interface Mask {
  /** The pixels relative to the centre pixel, and their coverage (0 < c <= 1). */
  dx: Int32Array;
  dy: Int32Array;
  cov: Float32Array;
  /** The bounds of dx and dy (inclusive). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** dy · width + dx, for the region width it was last stamped in. */
  width: number;
  off: Int32Array;
}

/** A fixed shape's masks, by the set of its NEIGHBOURS also stamped (bits); [0] is the whole shape. */
export type Shape = Mask[];

export interface ShapeMasks { disc: Shape; ring: Shape; triangle: Shape }

/**
 * A shape's masks from `coverage`: anti-aliased, of the pixel centred (x, y) device px from the centre; none beyond
 * `reach` in x or y.
 */
function shapeOf(dpr: number, reach: number, coverage: (x: number, y: number) => number): Shape {
  const r = Math.ceil(reach) + 1;
  const at = (x: number, y: number) => Math.min(1, Math.max(0, coverage(x + 0.5, y + 0.5)));
  const part = (bits: number): Mask => {
    const dx: number[] = [];
    const dy: number[] = [];
    const cov: number[] = [];
    for (let y = -r; y <= r; y++) {
      for (let x = -r; x <= r; x++) {
        const c = at(x, y);
        if (c > 0 && NEIGHBOURS.every(([nx, ny], i) => !(bits & (1 << i)) || at(x - nx * dpr, y - ny * dpr) < c)) {
          dx.push(x); dy.push(y); cov.push(c);
        }
      }
    }
    return {
      dx: Int32Array.from(dx), dy: Int32Array.from(dy), cov: Float32Array.from(cov),
      left: Math.min(...dx), right: Math.max(...dx), top: Math.min(...dy), bottom: Math.max(...dy),
      width: 0, off: new Int32Array(0),
    };
  };
  return Array.from({ length: 1 << NEIGHBOURS.length }, (_, bits) => part(bits));
}

/** The fixed shapes at a device pixel ratio: a circle's disc, its ring `ringW` CSS px wide, the triangle. */
export function shapeMasks(dpr: number, ringW: number): ShapeMasks {
  const r = DOT_R * dpr;
  const half = (ringW / 2) * dpr;
  // The triangle (left edge, tip, half height) around the centre: inside the left edge and both slanted edges.
  const [[left, top], [right]] = TRIANGLE;
  const ax = left * dpr, tip = right * dpr, h = -top * dpr, len = Math.hypot(tip - ax, h);
  return {
    disc: shapeOf(dpr, r, (x, y) => r + 0.5 - Math.hypot(x, y)),
    ring: shapeOf(dpr, r + half, (x, y) => half + 0.5 - Math.abs(Math.hypot(x, y) - r)),
    triangle: shapeOf(dpr, tip, (x, y) => Math.min(x - ax, ((tip - x) * h - Math.abs(y) * (tip - ax)) / len) + 0.5),
  };
}
