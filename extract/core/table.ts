/**
 * Claims and papers as CSV tables: one writer and one reader, shared by the CLI, the eval and the dashboard.
 * papaparse is isomorphic, so this module stays browser-safe.
 */
import Papa from 'papaparse';
import {
  CLAIM_COLUMNS, METRICS, PAPER_COLUMNS, QUALIFIERS, TOPICS,
  type Claim, type ClaimColumn, type Metric, type PaperRow, type Qualifier, type Topic,
} from './types.ts';

/** Separator of list cells (baseline, hardware, hardware_mentioned). */
export const LIST_SEPARATOR = '; ';

/**
 * Columns (of either table) that hold numbers: written as numbers, never escaped, so no sign of how a table was
 * written; typed as numbers in Parquet (parquet.ts). Every other column is text.
 */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  'value_low', 'value_high', 'factor_low', 'factor_high', 'hardware_count', 'start', 'end', 'n_claims',
]);

/**
 * Spreadsheet-safe tables (`spreadsheetSafe: true`, the dashboard's Export, `extract --spreadsheet-safe`): cells a
 * spreadsheet would run as a formula get a leading `'` (OWASP CSV injection). A cell that already starts with `'`
 * before such a character is escaped too, so that `unescapeFormula` undoes exactly what was added.
 * Exact tables (the default) keep every cell as it is, so `abstract.slice(start, end) === span` holds for any
 * CSV reader; spans such as `+0.8%` or `-30%` start with a formula character, so escaping would change them.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The first character of a cell a spreadsheet would run: = + - @ tab CR. */
export function startsLikeFormula(cell: string): boolean {
  const c = cell.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/**
 * Whether a table was written spreadsheet-safe, from its text cells (`textColumns`, by position): such a table has
 * no cell that starts with a formula character, and an exact table from real abstracts has some (`+0.8%`).
 * Numbers are never escaped (a negative value starts with `-` in both), so number columns are not looked at.
 * A table with no such cell is read as spreadsheet-safe; it is exact only if a cell starts with `'` before a
 * formula character, which would then lose that `'` (no abstract has been seen to give one).
 */
function readsAsSpreadsheetSafe(rows: readonly (readonly string[])[], from: number, textColumns: readonly number[]): boolean {
  for (let i = from; i < rows.length; i++) {
    const row = rows[i];
    for (const j of textColumns) {
      const cell = row[j];
      if (cell !== undefined && cell !== '' && startsLikeFormula(cell)) return false;
    }
  }
  return true;
}

export interface CsvWriteOptions {
  /** Write the header row (default true); batches after the first are written without. */
  header?: boolean;
  /** Escape cells a spreadsheet would run (default false: every cell exactly as it is). */
  spreadsheetSafe?: boolean;
}

/** A cell as written: text or a number; null and '' are an empty cell. */
export type Cell = string | number | null;

function listCell(list: readonly string[]): string {
  return list.join(LIST_SEPARATOR);
}

function numberCell(n: number | null): string | number {
  return n === null ? '' : n;
}

export function claimToRecord(c: Claim): Record<ClaimColumn, string | number> {
  return {
    paper_id: c.paper_id, title: c.title, system: c.system, topic: c.topic, metric: c.metric, comparison: c.comparison,
    direction: c.direction, value_low: c.value_low, value_high: c.value_high, unit: c.unit,
    qualifier: c.qualifier, factor_low: numberCell(c.factor_low), factor_high: numberCell(c.factor_high),
    baseline: listCell(c.baseline), hardware: listCell(c.hardware), hardware_count: numberCell(c.hardware_count),
    model: c.model, span: c.span, start: c.start, end: c.end, evidence: c.evidence,
  };
}

/**
 * Records (by column name) as CSV text: claims and papers below, and the dashboard's other exports (who-beats-whom
 * edges and standing), all in one dialect (CRLF, quoting, formula escape when spreadsheet-safe).
 */
export function tableToCsv(columns: readonly string[], records: Record<string, Cell>[], options: CsvWriteOptions = {}): string {
  return rowsToCsv(columns, records.map((r) => columns.map((k) => r[k])), options);
}

/**
 * Rows of cells (by position in `columns`) as CSV text, the one way every table is written (claims, papers, and
 * `convert` from Parquet, so a table converted back is byte-identical with one written directly).
 */
export function rowsToCsv(columns: readonly string[], rows: readonly (readonly Cell[])[], options: CsvWriteOptions = {}): string {
  return Papa.unparse(
    { fields: [...columns], data: rows as Cell[][] },
    { escapeFormulae: options.spreadsheetSafe ? FORMULA_START : false, header: options.header ?? true, newline: '\r\n' },
  );
}

/** claims.csv text: the spec's columns in spec order; header-only when there are no claims. */
export function claimsToCsv(claims: readonly Claim[], options: CsvWriteOptions = {}): string {
  return tableToCsv(CLAIM_COLUMNS, claims.map(claimToRecord), options);
}

export function paperToRecord(p: PaperRow): Record<(typeof PAPER_COLUMNS)[number], string | number> {
  return {
    paper_id: p.paper_id, title: p.title, system: p.system, topic: p.topic,
    hardware_mentioned: listCell(p.hardware_mentioned), n_claims: p.n_claims, abstract: p.abstract,
  };
}

export function papersToCsv(papers: readonly PaperRow[], options: CsvWriteOptions = {}): string {
  return tableToCsv(PAPER_COLUMNS, papers.map(paperToRecord), options);
}

/**
 * Reads any table's CSV text (exact or spreadsheet-safe, found out from its text cells) into its header and rows of
 * cells, formula escape undone when the table was written spreadsheet-safe; blank records are skipped.
 */
export function parseTableCsv(text: string): { fields: string[]; rows: string[][] } {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' }).data;
  const fields = rows[0] ?? [];
  const textColumns = fields.flatMap((f, j) => (NUMBER_COLUMNS.has(f) ? [] : [j]));
  const unescape = readsAsSpreadsheetSafe(rows, 1, textColumns);
  const body = rows.slice(1);
  if (unescape) for (const row of body) for (const j of textColumns) if (row[j] !== undefined) row[j] = unescapeFormula(row[j]);
  return { fields, rows: body };
}

/**
 * Reads papers.csv text (exact or spreadsheet-safe) into records by column name, formula escape undone when the
 * table was written spreadsheet-safe. Columns are whatever the header names; blank records are skipped.
 */
export function parsePapersCsv(text: string): { fields: string[]; records: Record<string, string>[] } {
  const { fields, rows } = parseTableCsv(text);
  const records = rows.map((row) => Object.fromEntries(fields.map((f, j) => [f, row[j] ?? ''])));
  return { fields, records };
}

/** A problem found while reading a claims CSV: the 1-based line of the record and what is wrong. */
export interface TableIssue {
  line: number;
  message: string;
}

export interface ParsedClaims {
  claims: Claim[];
  issues: TableIssue[];
}

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

function parseNumber(cell: string): number | null {
  if (cell === '') return null;
  const c = cell.charCodeAt(0);
  // Digits start most cells: skip the trim test (a number cell has no whitespace to trim to nothing).
  if (!(c >= 48 && c <= 57) && cell.trim() === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : NaN;
}

const METRIC_SET: ReadonlySet<string> = new Set(METRICS);
const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);
const TOPIC_SET: ReadonlySet<string> = new Set(TOPICS);

/** Column positions (CLAIM_COLUMNS order) in a header row; -1 when the column is absent. First occurrence wins. */
function columnIndex(fields: readonly string[]): number[] {
  return CLAIM_COLUMNS.map((k) => fields.indexOf(k));
}
const IDENTITY = CLAIM_COLUMNS.map((_, i) => i);
const [PAPER_ID, TITLE, SYSTEM, TOPIC, METRIC, COMPARISON, DIRECTION, VALUE_LOW, VALUE_HIGH, UNIT, QUALIFIER, FACTOR_LOW, FACTOR_HIGH,
  BASELINE, HARDWARE, HARDWARE_COUNT, MODEL, SPAN, START, END, EVIDENCE] = IDENTITY;

/** Spec columns (CLAIM_COLUMNS positions) that hold numbers: never escaped, so no sign of how a table was written. */
const NUMBER_POSITIONS: ReadonlySet<number> = new Set(CLAIM_COLUMNS.flatMap((c, k) => (NUMBER_COLUMNS.has(c) ? [k] : [])));

/**
 * The cell of spec column `k` (by CLAIM_COLUMNS position) in a record, '' when absent; formula escape undone
 * when `unescape` (the table was written spreadsheet-safe).
 */
function cellOf(row: readonly (string | undefined)[], index: readonly number[], k: number, unescape: boolean): string {
  const j = index[k];
  const v = j < 0 ? undefined : row[j];
  // unescapeFormula, skipped for the common case of a cell that does not start with a quote.
  return v === undefined ? '' : unescape && v.charCodeAt(0) === 39 ? unescapeFormula(v) : v;
}

/**
 * One record (cells by position, `index` = where each spec column is) to a Claim, or the message of why not.
 * The one implementation behind recordToClaim and parseClaimsCsv: no per-row objects besides the claim.
 */
function cellsToClaim(row: readonly (string | undefined)[], index: readonly number[], unescape: boolean): Claim | string {
  const metricCell = cellOf(row, index, METRIC, unescape);
  if (!METRIC_SET.has(metricCell)) return `unknown metric "${metricCell}"`;
  const qualifierCell = cellOf(row, index, QUALIFIER, unescape);
  const topicCell = cellOf(row, index, TOPIC, unescape);
  const lowCell = cellOf(row, index, VALUE_LOW, unescape);
  const highCell = cellOf(row, index, VALUE_HIGH, unescape);
  const low = parseNumber(lowCell);
  const high = parseNumber(highCell) ?? low;
  if (low === null || Number.isNaN(low) || high === null || Number.isNaN(high)) {
    return `value_low/value_high is not a number ("${lowCell}", "${highCell}")`;
  }
  const factorLow = parseNumber(cellOf(row, index, FACTOR_LOW, unescape));
  const factorHigh = parseNumber(cellOf(row, index, FACTOR_HIGH, unescape));
  const hardwareCount = parseNumber(cellOf(row, index, HARDWARE_COUNT, unescape));
  const start = parseNumber(cellOf(row, index, START, unescape));
  const end = parseNumber(cellOf(row, index, END, unescape));
  if (Number.isNaN(factorLow) || Number.isNaN(factorHigh) || Number.isNaN(hardwareCount) || Number.isNaN(start) || Number.isNaN(end)) {
    return 'factor, hardware_count, start or end is not a number';
  }
  return {
    paper_id: cellOf(row, index, PAPER_ID, unescape), title: cellOf(row, index, TITLE, unescape),
    // Tables written before v2 have no system column: it reads as '' (no name).
    system: cellOf(row, index, SYSTEM, unescape),
    topic: TOPIC_SET.has(topicCell) ? (topicCell as Topic) : 'Other', metric: metricCell as Metric,
    comparison: cellOf(row, index, COMPARISON, unescape) === 'absolute' ? 'absolute' : 'relative',
    direction: cellOf(row, index, DIRECTION, unescape) === 'decrease' ? 'decrease' : 'increase',
    value_low: low, value_high: high, unit: cellOf(row, index, UNIT, unescape),
    qualifier: QUALIFIER_SET.has(qualifierCell) ? (qualifierCell as Qualifier) : 'exact',
    factor_low: factorLow, factor_high: factorHigh ?? factorLow,
    baseline: parseList(cellOf(row, index, BASELINE, unescape)), hardware: parseList(cellOf(row, index, HARDWARE, unescape)),
    hardware_count: hardwareCount, model: cellOf(row, index, MODEL, unescape), span: cellOf(row, index, SPAN, unescape),
    start: start ?? 0, end: end ?? 0, evidence: cellOf(row, index, EVIDENCE, unescape),
  };
}

/**
 * Reads one claims.csv record back into a Claim. Returns a message instead when a field is unusable,
 * so a loader can report the line and keep the rest. `spreadsheetSafe`: the record comes from a table written
 * spreadsheet-safe, so a formula escape is undone (one record cannot tell; parseClaimsCsv finds out per table).
 */
export function recordToClaim(raw: Record<string, string | undefined>, spreadsheetSafe = true): Claim | string {
  return cellsToClaim(CLAIM_COLUMNS.map((k) => raw[k]), IDENTITY, spreadsheetSafe);
}

/** A record whose cells are all whitespace (papaparse's skipEmptyLines: 'greedy' test, without the join). */
export function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/** Columns a claims CSV must have to be loaded; the rest default. */
export const REQUIRED_CLAIM_COLUMNS: readonly ClaimColumn[] = ['title', 'metric', 'value_low', 'unit'];

/**
 * Reads the records of a claims CSV with this header, one at a time (a CSV read in pieces, see the dashboard's
 * csvPart.ts): `read` is what parseClaimsCsv does with each record; `textColumns` are the positions of its text cells
 * (whether a table was written spreadsheet-safe is found out from them, over the whole table, before `unescape` is
 * known). Throws (one line) when the header lacks a required column.
 */
export function claimRecordReader(fields: readonly string[]): {
  textColumns: number[]; read: (row: readonly (string | undefined)[], unescape: boolean) => Claim | string;
} {
  const missing = REQUIRED_CLAIM_COLUMNS.filter((c) => !fields.includes(c));
  if (missing.length > 0) {
    throw new Error(`not a claims table: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  const index = columnIndex(fields);
  return { textColumns: index.filter((j, k) => j >= 0 && !NUMBER_POSITIONS.has(k)), read: (row, unescape) => cellsToClaim(row, index, unescape) };
}

/**
 * Parses claims.csv text, exact or spreadsheet-safe (found out from its cells, see readsAsSpreadsheetSafe).
 * Throws (one line) when it is not a claims table at all: no header or required columns missing. Bad records
 * are skipped and reported with their line.
 */
export function parseClaimsCsv(text: string): ParsedClaims {
  // Rows as arrays, mapped by column position: much cheaper than papaparse's header mode (an object per record).
  // Blank records are skipped here, as skipEmptyLines: 'greedy' would (which joins every row's cells to test it).
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false }).data;
  let first = 0;
  while (first < rows.length && isBlank(rows[first])) first++;
  const fields = first < rows.length ? rows[first] : [];
  const { textColumns, read } = claimRecordReader(fields);
  const unescape = readsAsSpreadsheetSafe(rows, first + 1, textColumns);
  const claims: Claim[] = [];
  const issues: TableIssue[] = [];
  let record = 0;
  for (let i = first + 1; i < rows.length; i++) {
    if (isBlank(rows[i])) continue;
    const claim = read(rows[i], unescape);
    // +2: the header is line 1 and records count from 0 (exact for records without quoted newlines).
    if (typeof claim === 'string') issues.push({ line: record + 2, message: claim });
    else claims.push(claim);
    record++;
  }
  return { claims, issues };
}
