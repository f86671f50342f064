/**
 * The one CSV dialect every table is written and read in (claims, papers, the dashboard's other exports): CRLF,
 * quoting as papaparse does it, formula escape when spreadsheet-safe, and finding out how a table was written.
 * papaparse is isomorphic, so this module stays browser-safe.
 */
import Papa from 'papaparse';
import { NUMBER_COLUMNS, type Cell } from './fields.ts';

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
export function readsAsSpreadsheetSafe(rows: readonly (readonly string[])[], from: number, textColumns: readonly number[]): boolean {
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

/**
 * Records (by column name) as CSV text: claims and papers (table.ts), and the dashboard's other exports
 * (who-beats-whom edges and standing), all in one dialect (CRLF, quoting, formula escape when spreadsheet-safe).
 */
export function tableToCsv(columns: readonly string[], records: Record<string, Cell>[], options: CsvWriteOptions = {}): string {
  return rowsToCsv(columns, records.map((r) => columns.map((k) => r[k])), options);
}

/** A cell papaparse quotes: it holds a line break, a quote, a BOM or the delimiter (its BAD_DELIMITERS and `,`). */
const QUOTE_NEEDED = /[\r\n",\ufeff]/;
const QUOTE = /"/g;

/**
 * One cell exactly as papaparse's unparse writes it (5.7, `safe`): empty for null, the text of a number, the formula
 * escape (`'` and quotes) on text when spreadsheet-safe, quotes doubled and the cell quoted when it needs them or
 * starts or ends with a space.
 */
function csvCell(value: Cell | undefined, escapeFormulae: boolean): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  let quoted = false;
  if (escapeFormulae && typeof value === 'string' && FORMULA_START.test(text)) {
    text = `'${text}`;
    quoted = true;
  }
  if (quoted || QUOTE_NEEDED.test(text) || text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) {
    return `"${text.replace(QUOTE, '""')}"`;
  }
  return text;
}

/**
 * Rows of cells (by position in `columns`) as CSV text, the one way every table is written (claims, papers, and
 * `convert` from Parquet, so a table converted back is byte-identical with one written directly).
 * Byte for byte what `Papa.unparse({ fields: columns, data: rows }, …)` gives (tests/extract/core/csv-writer.test.ts
 * checks it), written here because papaparse's writer was ~4% of an extract run's CPU and, with fresh closures per
 * call, was optimised anew for nearly every block. Like papaparse: no rows is one empty row, so a header then ends in
 * CRLF; no CRLF after the last row.
 */
export function rowsToCsv(columns: readonly string[], rows: readonly (readonly Cell[])[], options: CsvWriteOptions = {}): string {
  const escapeFormulae = options.spreadsheetSafe === true;
  const data: readonly (readonly Cell[])[] = rows.length === 0 ? [[]] : rows;
  const width = columns.length;
  let csv = '';
  if (width > 0 && (options.header ?? true)) {
    for (let j = 0; j < width; j++) csv += (j > 0 ? ',' : '') + csvCell(columns[j], escapeFormulae);
    csv += '\r\n';
  }
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    const cells = width > 0 ? width : row.length;
    // papaparse leaves out the commas of a row without cells (its Object.keys(row).length === 0).
    const commas = row.length > 0 && (0 in row || Object.keys(row).length > 0);
    for (let j = 0; j < cells; j++) csv += (j > 0 && commas ? ',' : '') + csvCell(row[j], escapeFormulae);
    if (i < data.length - 1) csv += '\r\n';
  }
  return csv;
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

/** A record whose cells are all whitespace (papaparse's skipEmptyLines: 'greedy' test, without the join). */
export function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}
