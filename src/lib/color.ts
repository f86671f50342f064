/**
 * CSS colours as RGB for the canvas raster (rasterMarks.ts), with d3-color: hex (#rgb, #rrggbb, #rrggbbaa), rgb(),
 * rgba(), hsl() with commas and named colours; the alpha is dropped (the marks have their own). Anything else (a
 * CSS Color 4 form such as `rgb(1 2 3 / 50%)`, oklch(), a system colour) is resolved by a canvas (`resolveColor`).
 */
import { color } from 'd3-color';
import type { Rgb } from './rasterLayers.ts';

export type { Rgb };

/** The colour's RGB (0–255), or null when d3-color cannot read it. */
export function parseColor(css: string): Rgb | null {
  const c = color(css.trim())?.rgb();
  return c && c.displayable() ? [c.r, c.g, c.b] : null;
}

const resolved = new Map<string, Rgb>();

/** The colour's RGB as d3-color or, failing it, the canvas reads it (it normalises what it accepts); grey for neither. */
export function resolveColor(ctx: CanvasRenderingContext2D, css: string): Rgb {
  let rgb = resolved.get(css);
  if (!rgb) {
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    rgb = parseColor(css) ?? parseColor(String(ctx.fillStyle)) ?? [128, 128, 128];
    resolved.set(css, rgb);
  }
  return rgb;
}
