/**
 * The claims table as columns: what a loading worker (CSV or Parquet) hands the page, and what the page's table
 * (claimTable.ts) reads its rows from. Every text column is a TextChunk (its values packed in one string, per row an
 * index into them), every number column a Float64Array (NaN: empty): a few strings and typed arrays whatever the
 * number of rows, transferred rather than copied, with no object per row anywhere on the way.
 *
 * The columns are the claim's fields (extract/core/fields.ts), their cells read as table.ts reads them: a list cell's
 * items are split on ';' and trimmed (kept here joined by LIST_JOIN), an unknown topic is 'Other', an unknown qualifier 'exact',
 * an empty value_high or
 * factor_high is the low one, an empty start or end is 0. Rows carry what withIds (claims.ts) would give them: the
 * `~n` of their id (a paper's second claim at the same offsets) and the chart's jitter of that id.
 */
import { CLAIM_FIELD, CLAIM_FIELDS, parseList, type ClaimColumn, type NumberField } from '../../extract/core/fields.ts';
import { chunkBuffers, firstUnitAt, mapPacked, packedAt, packedLength, packStrings, type TextChunk } from '../../extract/core/packed.ts';
import { unescapeFormula, type TableIssue } from '../../extract/core/table.ts';
import { identify, type Identity } from './identify.ts';

type NumberFieldOf = Extract<(typeof CLAIM_FIELDS)[number], { type: 'number' }>;
export type NumberKey = NumberFieldOf['name'];
export type TextKey = Exclude<ClaimColumn, NumberKey>;
/** The claim's text and list fields (fields.ts), in column order. */
export const TEXT_KEYS: readonly TextKey[] = CLAIM_FIELDS.flatMap((f) => (f.type === 'number' ? [] : [f.name]));
const NUMBER_FIELDS: readonly NumberFieldOf[] = CLAIM_FIELDS.filter((f): f is NumberFieldOf => f.type === 'number');
/** The claim's number fields (fields.ts), in column order. */
export const NUMBER_KEYS: readonly NumberKey[] = NUMBER_FIELDS.map((f) => f.name);
/**
 * Text whose values repeat (facets, names): an entry per distinct value (per row group of a Parquet file, per part of
 * a CSV: a value may have several, readers go by the value). The others (span, evidence) have one per row.
 */
export const DISTINCT_KEYS: ReadonlySet<TextKey> = new Set(TEXT_KEYS.filter((k) => k !== 'span' && k !== 'evidence'));
/** Joins a list cell's items (baseline, hardware): no cell holds it (binary input is refused). */
export const LIST_JOIN = '\u0000';

export interface ClaimColumns {
  n: number;
  text: Record<TextKey, TextChunk>;
  num: Record<NumberKey, Float64Array>;
  /** Per row, the n of the `~n` its id ends with (0: none). */
  dup: Int32Array;
  /** Per row, the chart's jitter of its id (chartLayout.ts jitter). */
  jitter: Float64Array;
  /** Distinct paper ids among the rows. */
  papers: number;
}

/** Columns as read from a file: the columns it has (a table without `system`, say, has no such key). */
export interface RawColumns {
  n: number;
  text: Partial<Record<TextKey, TextChunk>>;
  num: Partial<Record<NumberKey, Float64Array>>;
}

/** A chunk whose values are each mapped by `f` (per value, not per row). */
function mapValues(chunk: TextChunk, f: (v: string) => string): TextChunk {
  return { values: mapPacked(chunk.values, f), codes: chunk.codes };
}

/** A null cell (code -1) as an entry of its own, '', so that it can be read as cellsToClaim reads an empty cell. */
function withEmptyEntry(chunk: TextChunk): TextChunk {
  if (!chunk.codes.includes(-1)) return chunk;
  const empty = chunk.values.ends.length;
  const ends = new Int32Array(empty + 1);
  ends.set(chunk.values.ends);
  ends[empty] = packedLength(chunk.values);
  return { values: { ...chunk.values, ends }, codes: chunk.codes.map((c) => (c < 0 ? empty : c)) };
}

/** What table.ts's cellsToClaim makes of a cell of these columns, by their fields (the others are kept as they are). */
const NORMALIZE: Partial<Record<TextKey, (v: string) => string>> = {};
for (const f of CLAIM_FIELDS) {
  if (f.type === 'list') NORMALIZE[f.name] = (v) => parseList(v).join(LIST_JOIN);
  else if (f.type === 'text' && 'parse' in f) NORMALIZE[f.name] = f.parse;
}
const METRIC_KNOWN = CLAIM_FIELD.metric.known;

/** Number fields whose empty cell (NaN) reads as 0 (like: null) or as another field's value (fields.ts `empty`). */
const EMPTY_AS: { key: NumberKey; like: NumberKey | null }[] = [];
for (const f of NUMBER_FIELDS) {
  const empty: NumberField['empty'] = f.empty;
  if (empty === 0) EMPTY_AS.push({ key: f.name, like: null });
  else if (empty !== null && typeof empty === 'object') EMPTY_AS.push({ key: f.name, like: empty.like as NumberKey });
}

/**
 * The rows of a file's columns that make claims, as cellsToClaim decides (a known metric, a value_low), with the
 * others reported (`lineOf(row)`: the line or row number a reader is shown). Null: every row does.
 */
export function usableRows(raw: RawColumns, lineOf: (row: number) => number): { keep: Uint8Array | null; issues: TableIssue[] } {
  const metric = raw.text.metric;
  const low = raw.num.value_low;
  const known = metric
    ? Uint8Array.from({ length: metric.values.ends.length }, (_, k) => (METRIC_KNOWN.has(packedAt(metric.values, k)) ? 1 : 0))
    : null;
  const issues: TableIssue[] = [];
  let keep: Uint8Array | null = null;
  for (let i = 0; i < raw.n; i++) {
    const code = metric ? metric.codes[i] : -1;
    const bad = code < 0 || !known![code] ? `unknown metric "${code < 0 ? '' : packedAt(metric!.values, code)}"`
      : !low || low[i] !== low[i] ? 'value_low is empty' : null;
    if (!bad) continue;
    keep ??= new Uint8Array(raw.n).fill(1);
    keep[i] = 0;
    issues.push({ line: lineOf(i), message: bad });
  }
  return { keep, issues };
}

/** Only the rows with keep[i] set. */
export function keepRows(raw: RawColumns, keep: Uint8Array): RawColumns {
  let n = 0;
  for (let i = 0; i < raw.n; i++) n += keep[i];
  const pick = <A extends Int32Array | Float64Array>(a: A): A => {
    const out = new (a.constructor as new (n: number) => A)(n);
    for (let i = 0, j = 0; i < raw.n; i++) if (keep[i]) out[j++] = a[i];
    return out;
  };
  const text: RawColumns['text'] = {};
  const num: RawColumns['num'] = {};
  for (const [k, c] of Object.entries(raw.text) as [TextKey, TextChunk][]) text[k] = { values: c.values, codes: pick(c.codes) };
  for (const [k, a] of Object.entries(raw.num) as [NumberKey, Float64Array][]) num[k] = pick(a);
  return { n, text, num };
}

/**
 * The columns of usable rows (see usableRows) as the page holds them: missing columns empty, cells read as cellsToClaim
 * reads them, ids' `~n` and jitter worked out (identify.ts; or `identity`, worked out already on the same rows).
 */
export function finishColumns(raw: RawColumns, identity?: Identity): ClaimColumns {
  const { n } = raw;
  const text = {} as ClaimColumns['text'];
  for (const k of TEXT_KEYS) {
    const c = raw.text[k] ?? { values: packStrings([]), codes: new Int32Array(n).fill(-1) };
    const f = NORMALIZE[k];
    text[k] = f ? mapValues(withEmptyEntry(c), f) : c;
  }
  const num = {} as ClaimColumns['num'];
  for (const k of NUMBER_KEYS) num[k] = raw.num[k] ?? new Float64Array(n).fill(NaN);
  // An empty value_high is value_low, an empty start 0, … (fields.ts `empty`).
  for (const { key, like } of EMPTY_AS) {
    const a = num[key];
    const from = like === null ? null : num[like];
    for (let i = 0; i < n; i++) if (a[i] !== a[i]) a[i] = from ? from[i] : 0;
  }
  const { paper, dup, jitter, papers } = identity ?? identify(text.paper_id, num.start, num.end);
  return { n, text: { ...text, paper_id: paper }, num, dup, jitter, papers };
}

/**
 * The columns of a CSV read with its cells as written, when the whole table turned out to be spreadsheet-safe (no text
 * cell starts like a formula: table.ts readsAsSpreadsheetSafe): the `'` added before a formula character dropped, per
 * value. (A list cell's escape is undone on its first item, as table.ts undoes it on the cell before splitting it.)
 */
export function unescapeColumns(c: ClaimColumns): ClaimColumns {
  const QUOTE = 39;
  let text = c.text;
  for (const k of TEXT_KEYS) {
    const { values } = c.text[k];
    let any = false;
    for (let e = 0; e < values.ends.length && !any; e++) any = firstUnitAt(values, e) === QUOTE;
    if (any) text = { ...text, [k]: mapValues(c.text[k], unescapeFormula) };
  }
  if (text === c.text) return c;
  const out = { ...c, text };
  if (text.paper_id === c.text.paper_id) return out;
  const { paper, dup, jitter, papers } = identify(text.paper_id, c.num.start, c.num.end);
  return { ...out, text: { ...text, paper_id: paper }, dup, jitter, papers };
}

/** The buffers to transfer with postMessage. */
export function transferables(c: ClaimColumns): ArrayBuffer[] {
  return [
    ...Object.values(c.text).flatMap(chunkBuffers),
    ...Object.values(c.num).map((a) => a.buffer as ArrayBuffer),
    c.dup.buffer as ArrayBuffer, c.jitter.buffer as ArrayBuffer,
  ];
}
