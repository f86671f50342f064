/**
 * improvementFactor (spec §5): a relative claim as "times better", on one log axis; >= 1 for an improvement,
 * below 1 for a loss ("1-3% accuracy degradation" → 0.99 to 0.97).
 * The stated ratio new/old (x up → v, x down → 1/v, x below 1 → v, % up → 1 + v/100, % down → 1 − v/100) is inverted for
 * lower-is-better metrics, so "77% less cost" is 4.35 and "2.39x less energy" is 2.39. A metric of unknown
 * polarity ('other') counts the stated change as the improvement, and a quantity whose cue gives its own polarity
 * ("energy efficiency" improves upwards, "perplexity" downwards) follows it: "2.5x more energy-efficient" is 2.5.
 * pp and absolute claims have none.
 */
import type { Claim, Comparison, Direction, Metric } from './types.ts';
import { LOWER_IS_BETTER_METRICS, type Polarity } from './lexicon/index.ts';

export function improvementFactor(
  value: number, unit: string, direction: Direction, comparison: Comparison, metric: Metric, polarity?: Polarity,
): number | null {
  if (comparison !== 'relative' || !Number.isFinite(value) || value <= 0) return null;
  let ratio: number;
  // A multiplier below 1 states the new/old ratio itself: "0.8× the time", "0.5x the memory" (never "0.5x less").
  if (unit === 'x') ratio = value < 1 || direction === 'increase' ? value : 1 / value;
  else if (unit === '%') ratio = direction === 'increase' ? 1 + value / 100 : 1 - value / 100;
  else return null;
  if (ratio <= 0) return null;
  const lowerIsBetter = polarity !== undefined ? polarity === 'down'
    : metric === 'other' ? direction === 'decrease' : LOWER_IS_BETTER_METRICS.has(metric);
  return lowerIsBetter ? 1 / ratio : ratio;
}

/** Rounded for the table: four decimals are more than any abstract states. */
export function roundFactor(f: number | null): number | null {
  if (f === null) return null;
  // A factor under 0.00005 ("0.0000014x", a number glued to junk) would round to 0, which is no factor at all.
  const rounded = Math.round(f * 1e4) / 1e4;
  return rounded > 0 ? rounded : null;
}

/** factor_low and factor_high of a claim, rounded, low <= high whichever end of the range each comes from. */
export function claimFactors(
  c: Pick<Claim, 'value_low' | 'value_high' | 'unit' | 'direction' | 'comparison' | 'metric'>, polarity?: Polarity,
): Pick<Claim, 'factor_low' | 'factor_high'> {
  const a = roundFactor(improvementFactor(c.value_low, c.unit, c.direction, c.comparison, c.metric, polarity));
  const b = roundFactor(improvementFactor(c.value_high, c.unit, c.direction, c.comparison, c.metric, polarity));
  if (a === null || b === null) return { factor_low: a, factor_high: b };
  return { factor_low: Math.min(a, b), factor_high: Math.max(a, b) };
}
