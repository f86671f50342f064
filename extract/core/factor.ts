/**
 * improvementFactor (spec §5): a relative claim as "times better", >= 1 for an improvement, on one log axis.
 * x → the value; % up → 1 + v/100; % down → 1 / (1 − v/100) (none at 100% or more); pp and absolute → none.
 */
import type { Comparison, Direction } from './types.ts';

export function improvementFactor(value: number, unit: string, direction: Direction, comparison: Comparison): number | null {
  if (comparison !== 'relative' || !Number.isFinite(value)) return null;
  if (unit === 'x') return value;
  if (unit !== '%') return null;
  if (direction === 'increase') return 1 + value / 100;
  return value < 100 ? 1 / (1 - value / 100) : null;
}

/** Rounded for the table: four significant decimals are more than any abstract states. */
export function roundFactor(f: number | null): number | null {
  return f === null ? null : Math.round(f * 1e4) / 1e4;
}
