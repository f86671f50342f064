/**
 * Metric families: the claims chart shows one at a time, so a speedup and a memory saving never share an axis and
 * each family's few metrics get colours far apart (four hues that read on light and dark backgrounds, instead of
 * twelve that blur at dot size). Pure.
 */
import type { Metric } from '../../extract/core/types.ts';

export const FAMILIES = ['speed', 'memory', 'cost', 'accuracy'] as const;
export type Family = (typeof FAMILIES)[number];
export const DEFAULT_FAMILY: Family = 'speed';

export const FAMILY_LABELS: Record<Family, string> = {
  speed: 'Speed & throughput', memory: 'Memory & size', cost: 'Cost & energy', accuracy: 'Accuracy & quality',
};

/** Every metric in exactly one family (spec §3's closed list). */
export const FAMILY_METRICS: Record<Family, readonly Metric[]> = {
  speed: ['speed', 'throughput', 'latency', 'training_time'],
  memory: ['memory', 'parameters'],
  cost: ['cost', 'energy', 'communication'],
  accuracy: ['accuracy', 'fid', 'other'],
};

const FAMILY_OF = new Map<string, Family>(FAMILIES.flatMap((f) => FAMILY_METRICS[f].map((m) => [m, f] as const)));

/** A metric's family; a metric outside the closed list counts as `other` (accuracy & quality). */
export function familyOf(metric: string): Family {
  return FAMILY_OF.get(metric) ?? 'accuracy';
}

export function isFamily(s: string | null): s is Family {
  return s !== null && (FAMILIES as readonly string[]).includes(s);
}

/** Blue, amber, green, magenta: told apart by colour-blind readers too (they differ in lightness as well). */
const HUES = ['#3b82f6', '#f59e0b', '#10b981', '#d946ef'];

/** The metric's colour: its place in its family picks the hue. */
export function metricColor(metric: string): string {
  const family = familyOf(metric);
  const at = FAMILY_METRICS[family].indexOf(metric as Metric);
  return HUES[at < 0 ? FAMILY_METRICS[family].length - 1 : at];
}

