/**
 * The claims chart's x axis: a log scale of the improvement factor (spec §5) and its ticks. Pure functions.
 */
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { extent } from 'd3-array';
import { format } from 'd3-format';
import type { Claim } from '../../extract/core/types.ts';

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
