/**
 * Claims and papers as CSV tables: one writer and one reader, shared by the CLI, the eval and the dashboard. The
 * columns, their types and what a cell reads as are the fields of fields.ts; the dialect (quoting, formula escape) is
 * csv.ts. papaparse is isomorphic, so this module stays browser-safe.
 */
import Papa from 'papaparse';
import { isBlank, parseTableCsv, readsAsSpreadsheetSafe, tableToCsv, unescapeFormula, type CsvWriteOptions } from './csv.ts';
import {
  CLAIM_COLUMNS, CLAIM_FIELD, CLAIM_FIELDS, formatCell, PAPER_COLUMNS, PAPER_FIELDS, parseList, parseNumber,
  type ClaimColumn, type PaperColumn,
} from './fields.ts';
import type { Claim, Metric, PaperRow, Qualifier, Topic } from './types.ts';

export {
  isBlank, parseTableCsv, rowsToCsv, startsLikeFormula, tableToCsv, unescapeFormula, type CsvWriteOptions,
} from './csv.ts';
export { LIST_SEPARATOR, NUMBER_COLUMNS, parseList, type Cell } from './fields.ts';

/** A claim as its cells by column name (fields.ts formatCell: lists `; `-joined, an absent number empty). */
export function claimToRecord(c: Claim): Record<ClaimColumn, string | number> {
  const record = {} as Record<ClaimColumn, string | number>;
  for (const f of CLAIM_FIELDS) record[f.column] = formatCell(f, c[f.name]);
  return record;
}

/** claims.csv text: the spec's columns in spec order; header-only when there are no claims. */
export function claimsToCsv(claims: readonly Claim[], options: CsvWriteOptions = {}): string {
  return tableToCsv(CLAIM_COLUMNS, claims.map(claimToRecord), options);
}

export function paperToRecord(p: PaperRow): Record<PaperColumn, string | number> {
  const record = {} as Record<PaperColumn, string | number>;
  for (const f of PAPER_FIELDS) record[f.column] = formatCell(f, p[f.name]);
  return record;
}

export function papersToCsv(papers: readonly PaperRow[], options: CsvWriteOptions = {}): string {
  return tableToCsv(PAPER_COLUMNS, papers.map(paperToRecord), options);
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

/** Column positions (CLAIM_COLUMNS order) in a header row; -1 when the column is absent. First occurrence wins. */
function columnIndex(fields: readonly string[]): number[] {
  return CLAIM_COLUMNS.map((k) => fields.indexOf(k));
}
const IDENTITY = CLAIM_COLUMNS.map((_, i) => i);
/** Where each field is among CLAIM_FIELDS (its position in a record read by IDENTITY). */
const AT = Object.fromEntries(CLAIM_FIELDS.map((f, k) => [f.name, k])) as Record<ClaimColumn, number>;
const METRIC_KNOWN = CLAIM_FIELD.metric.known;
const parseTopic = CLAIM_FIELD.topic.parse;
const parseComparison = CLAIM_FIELD.comparison.parse;
const parseDirection = CLAIM_FIELD.direction.parse;
const parseQualifier = CLAIM_FIELD.qualifier.parse;

/** Spec columns (CLAIM_COLUMNS positions) that hold numbers: never escaped, so no sign of how a table was written. */
const NUMBER_POSITIONS: ReadonlySet<number> = new Set(CLAIM_FIELDS.flatMap((f, k) => (f.type === 'number' ? [k] : [])));

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
  // Each field read as CLAIM_FIELDS says (written out field by field: a loop over the fields would cost more per row).
  const metricCell = cellOf(row, index, AT.metric, unescape);
  if (!METRIC_KNOWN.has(metricCell)) return `unknown metric "${metricCell}"`;
  const lowCell = cellOf(row, index, AT.value_low, unescape);
  const highCell = cellOf(row, index, AT.value_high, unescape);
  const low = parseNumber(lowCell);
  const high = parseNumber(highCell) ?? low;
  if (low === null || Number.isNaN(low) || high === null || Number.isNaN(high)) {
    return `value_low/value_high is not a number ("${lowCell}", "${highCell}")`;
  }
  const factorLow = parseNumber(cellOf(row, index, AT.factor_low, unescape));
  const factorHigh = parseNumber(cellOf(row, index, AT.factor_high, unescape));
  const hardwareCount = parseNumber(cellOf(row, index, AT.hardware_count, unescape));
  const start = parseNumber(cellOf(row, index, AT.start, unescape));
  const end = parseNumber(cellOf(row, index, AT.end, unescape));
  if (Number.isNaN(factorLow) || Number.isNaN(factorHigh) || Number.isNaN(hardwareCount) || Number.isNaN(start) || Number.isNaN(end)) {
    return 'factor, hardware_count, start or end is not a number';
  }
  const text = (k: number) => cellOf(row, index, k, unescape);
  return {
    paper_id: text(AT.paper_id), title: text(AT.title), system: text(AT.system), topic: parseTopic(text(AT.topic)) as Topic,
    metric: metricCell as Metric, comparison: parseComparison(text(AT.comparison)) as Claim['comparison'],
    direction: parseDirection(text(AT.direction)) as Claim['direction'], value_low: low, value_high: high, unit: text(AT.unit),
    qualifier: parseQualifier(text(AT.qualifier)) as Qualifier, factor_low: factorLow, factor_high: factorHigh ?? factorLow,
    baseline: parseList(text(AT.baseline)), hardware: parseList(text(AT.hardware)), hardware_count: hardwareCount,
    model: text(AT.model), span: text(AT.span), start: start ?? 0, end: end ?? 0, evidence: text(AT.evidence),
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
  return {
    textColumns: index.filter((j, k) => j >= 0 && !NUMBER_POSITIONS.has(k)),
    read: (row, unescape) => cellsToClaim(row, index, unescape),
  };
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
