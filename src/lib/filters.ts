/**
 * The dashboard's filters: their state, the chips that show them, toggling a value. Pure functions.
 * Within a group the selected values are OR-ed (a claim on A100 or H100); groups are AND-ed. The engine
 * (engine/crossFilter.ts) applies them; tests/src/reference/filters.ts is the readable definition it is checked against.
 */
import type { Claim } from '../../extract/core/types.ts';

export const FACETS = ['hardware', 'baseline', 'topic', 'metric'] as const;
export type Facet = (typeof FACETS)[number];

export interface Filters {
  hardware: string[];
  baseline: string[];
  topic: string[];
  metric: string[];
  /** Free text, matched case-insensitively against title, evidence and model. */
  search: string;
  /** Hide claims qualified "up to". */
  hideUpTo: boolean;
}

export function emptyFilters(): Filters {
  return { hardware: [], baseline: [], topic: [], metric: [], search: '', hideUpTo: false };
}

export function isEmptyFilters(f: Filters): boolean {
  return FACETS.every((k) => f[k].length === 0) && f.search.trim() === '' && !f.hideUpTo;
}

/** One active filter, as a removable chip says it. */
export interface ActiveFilter {
  kind: Facet | 'search' | 'hideUpTo';
  /** The facet value (or the search text); '' for hide up to. */
  value: string;
  /** What the chip reads, e.g. "Hardware: A100". */
  label: string;
}

const FACET_LABELS: Record<Facet, string> = { hardware: 'Hardware', baseline: 'Baseline', topic: 'Topic', metric: 'Metric' };

/** Every active filter, facets first, in the order they were set within a facet. */
export function activeFilters(f: Filters): ActiveFilter[] {
  const out: ActiveFilter[] = FACETS.flatMap((k) => f[k].map((value) => ({ kind: k, value, label: `${FACET_LABELS[k]}: ${value}` })));
  if (f.search.trim()) out.push({ kind: 'search', value: f.search, label: `Search: “${f.search.trim()}”` });
  if (f.hideUpTo) out.push({ kind: 'hideUpTo', value: '', label: 'Hiding “up to”' });
  return out;
}

/** The filters without one of them. */
export function withoutFilter(f: Filters, a: ActiveFilter): Filters {
  if (a.kind === 'search') return { ...f, search: '' };
  if (a.kind === 'hideUpTo') return { ...f, hideUpTo: false };
  return { ...f, [a.kind]: f[a.kind].filter((v) => v !== a.value) };
}

/** Does the claim's title, evidence or model contain `needle` (lower-case)? */
export function matchesSearch(c: Claim, needle: string): boolean {
  if (!needle) return true;
  return c.title.toLowerCase().includes(needle) || c.evidence.toLowerCase().includes(needle)
    || c.model.toLowerCase().includes(needle);
}

export interface FacetOption {
  value: string;
  count: number;
}

/** Adds the value to the facet's selection, or removes it when already selected. */
export function toggleValue(f: Filters, facet: Facet, value: string): Filters {
  const current = f[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...f, [facet]: next };
}

/** The filters minus some facets, as a string: equal keys, equal counts for those facets. */
export function filtersKey(f: Filters, ...except: Facet[]): string {
  const rest: Record<string, unknown> = { ...f };
  for (const k of except) delete rest[k];
  return JSON.stringify(rest);
}
