/**
 * The fields of a claim and of a paper, described once (spec §2): name, type, CSV column, how a cell is read (parse)
 * and written (format), and what an empty cell reads as. The column lists of claims.csv and papers.csv (and so of
 * Parquet, parquet.ts) are these fields in order; the CSV writer and reader (table.ts), the dashboard's columns
 * (src/lib/claimColumns.ts) and the eval's gold reader (eval-core.ts) go by them.
 * Browser-safe: no node: imports.
 */
import { METRICS, QUALIFIERS, TOPICS, type Claim, type PaperRow } from './types.ts';

/** Separator of list cells (baseline, hardware, hardware_mentioned). */
export const LIST_SEPARATOR = '; ';

/** A cell as written: text or a number; null and '' are an empty cell. */
export type Cell = string | number | null;

/** A list cell's items: split on ';', trimmed, empty ones dropped. */
export function parseList(cell: string): string[] {
  if (cell === '') return [];
  const out: string[] = [];
  for (const part of cell.split(';')) {
    const v = part.trim();
    if (v) out.push(v);
  }
  return out;
}

/** A number cell: null when empty (or only whitespace), NaN when it is not a number. */
export function parseNumber(cell: string): number | null {
  if (cell === '') return null;
  const c = cell.charCodeAt(0);
  // Digits start most cells: skip the trim test (a number cell has no whitespace to trim to nothing).
  if (!(c >= 48 && c <= 57) && cell.trim() === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : NaN;
}

/** One of `values`, anything else `otherwise` (an unknown topic is 'Other'). */
function oneOf<T extends string>(values: readonly T[], otherwise: T): (cell: string) => T {
  const known: ReadonlySet<string> = new Set(values);
  return (cell) => (known.has(cell) ? (cell as T) : otherwise);
}

/**
 * A text field. `parse`: what a cell reads as (an unknown value mapped to the default); none: the cell as it is.
 * `known`: the closed list a cell must be in for the record to be usable at all (metric).
 */
export interface TextField<K extends string = string> {
  name: K; column: K; type: 'text';
  parse?: (cell: string) => string;
  known?: ReadonlySet<string>;
}
/** A list field: `; `-joined items in a cell (parseList, LIST_SEPARATOR). */
export interface ListField<K extends string = string> { name: K; column: K; type: 'list' }
/**
 * A number field; `empty` is what an empty cell reads as: 'refuse' (the record is unusable), null, 0, or
 * { like: field } (the value of another field: an empty value_high is value_low).
 */
export interface NumberField<K extends string = string> {
  name: K; column: K; type: 'number';
  empty: 'refuse' | null | 0 | { like: string };
}
export type Field<K extends string = string> = TextField<K> | ListField<K> | NumberField<K>;

const text = <K extends string, M extends Pick<TextField, 'parse' | 'known'> = object>(name: K, more?: M): TextField<K> & M =>
  ({ name, column: name, type: 'text', ...more }) as TextField<K> & M;
const list = <K extends string>(name: K): ListField<K> => ({ name, column: name, type: 'list' });
const number = <K extends string>(name: K, empty: NumberField['empty']): NumberField<K> => ({ name, column: name, type: 'number', empty });

/** The fields of claims.csv, in spec order (CLAIM_COLUMNS). */
export const CLAIM_FIELDS = [
  text('paper_id'), text('title'),
  // Tables written before v2 have no system column: it reads as '' (no name).
  text('system'),
  text('topic', { parse: oneOf(TOPICS, 'Other') }),
  text('metric', { known: new Set(METRICS) }),
  text('comparison', { parse: (v: string) => (v === 'absolute' ? 'absolute' : 'relative') }),
  text('direction', { parse: (v: string) => (v === 'decrease' ? 'decrease' : 'increase') }),
  number('value_low', 'refuse'), number('value_high', { like: 'value_low' }),
  text('unit'),
  text('qualifier', { parse: oneOf(QUALIFIERS, 'exact') }),
  number('factor_low', null), number('factor_high', { like: 'factor_low' }),
  list('baseline'), list('hardware'), number('hardware_count', null),
  text('model'), text('span'), number('start', 0), number('end', 0), text('evidence'),
] as const;

/** The fields of papers.csv: every input paper, also those with zero claims. */
export const PAPER_FIELDS = [
  text('paper_id'), text('title'), text('system'), text('topic', { parse: oneOf(TOPICS, 'Other') }),
  list('hardware_mentioned'), number('n_claims', 0), text('abstract'),
] as const;

export type ClaimColumn = (typeof CLAIM_FIELDS)[number]['name'];
export type PaperColumn = (typeof PAPER_FIELDS)[number]['name'];
/** Columns of claims.csv, in spec order. */
export const CLAIM_COLUMNS: readonly ClaimColumn[] = CLAIM_FIELDS.map((f) => f.column);
/** Columns of papers.csv. */
export const PAPER_COLUMNS: readonly PaperColumn[] = PAPER_FIELDS.map((f) => f.column);

// Every field of a Claim and a PaperRow is described, and nothing else (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const claimFieldsAreClaim: Same<ClaimColumn, keyof Claim> = true;
const paperFieldsArePaperRow: Same<PaperColumn, keyof PaperRow> = true;
void claimFieldsAreClaim; void paperFieldsArePaperRow;

/** The claim's fields by name. */
export const CLAIM_FIELD: { readonly [K in ClaimColumn]: Extract<(typeof CLAIM_FIELDS)[number], { name: K }> } =
  Object.fromEntries(CLAIM_FIELDS.map((f) => [f.name, f])) as never;

/**
 * Columns (of either table) that hold numbers: written as numbers, never escaped, so no sign of how a table was
 * written; typed as numbers in Parquet (parquet.ts). Every other column is text.
 */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set(
  [...CLAIM_FIELDS, ...PAPER_FIELDS].flatMap((f) => (f.type === 'number' ? [f.column] : [])),
);

/** A value as its cell: a list `; `-joined, an absent number empty, text as it is. */
export function formatCell(field: Field, value: unknown): string | number {
  if (field.type === 'list') return (value as readonly string[]).join(LIST_SEPARATOR);
  if (field.type === 'number') return value === null ? '' : (value as number);
  return value as string;
}
