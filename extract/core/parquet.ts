/**
 * Claims and papers as Parquet tables: the columnar twin of table.ts (README "Large corpora"). Browser-safe (no
 * node: imports; hyparquet and hyparquet-writer are plain JS), so the dashboard can load the same module lazily.
 *
 * The schema is derived from the fields of fields.ts (CLAIM_COLUMNS, PAPER_COLUMNS) by name, so a field added
 * there is written here without a change: a number field is in NUMBER_COLUMNS (fields.ts), long free text in
 * PLAIN_TEXT_COLUMNS, and every other column is short text with few distinct values, dictionary-encoded.
 * Dictionary-encoded columns are forced to be so in every row group (not left to the writer's size heuristic), so a
 * reader can take the dictionary codes straight into a facet index.
 *
 * Cells are what a CSV row holds (strings and numbers, table.ts `claimToRecord`): an empty cell is null here, as
 * DuckDB and pandas read an empty CSV cell, and null reads back as an empty cell. Lists (baseline, hardware,
 * hardware_mentioned) stay `; `-joined text, as in the CSV: the file then reads the same in every tool (DuckDB's
 * and pandas' CSV readers, Excel), a facet value is one dictionary entry, and a CSV → Parquet → CSV round trip is
 * exact; `string_split(baseline, '; ')` in DuckDB or `.str.split('; ')` in pandas gives the list.
 */
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { parquetMetadataAsync, parquetRead } from 'hyparquet';
import type { AsyncBuffer, SchemaElement } from 'hyparquet';
import { CLAIM_COLUMNS, NUMBER_COLUMNS, PAPER_COLUMNS } from './fields.ts';

// Columns straight into typed arrays (the dashboard's reader): parquetColumns.ts, part of this module.
export { readNumberChunk, readNumberColumn, readTextChunk, readTextColumn } from './parquetColumns.ts';

/** One cell: text, a number, or null for an empty cell. */
export type ParquetCell = string | number | null;

export type TableKind = 'claims' | 'papers';

/** The spec's columns of each table, in order: a Parquet file of that kind has exactly these. */
export const TABLE_COLUMNS: Record<TableKind, readonly string[]> = { claims: CLAIM_COLUMNS, papers: PAPER_COLUMNS };

/** Whole numbers (offsets, counts): INT32. The other number columns are doubles. */
const INT32_COLUMNS: ReadonlySet<string> = new Set(['start', 'end', 'hardware_count', 'n_claims']);

/**
 * Long free text, almost every value distinct: a dictionary would not pay, so the writer picks (PLAIN here).
 * Everything else that is text is dictionary-encoded.
 */
export const PLAIN_TEXT_COLUMNS: ReadonlySet<string> = new Set(['span', 'evidence', 'abstract']);

/** Rows per row group: one dictionary per facet column per row group, so the fewer the better for a reader. */
const ROW_GROUP_ROWS = 100_000;
/** …but a row group of abstracts (papers tables) is cut earlier, to bound the writer's memory (UTF-16 bytes). */
const ROW_GROUP_TEXT_BYTES = 64 * 1024 * 1024;

type ColumnKind = 'double' | 'int32' | 'plain' | 'dictionary';

export function columnKind(name: string): ColumnKind {
  if (NUMBER_COLUMNS.has(name)) return INT32_COLUMNS.has(name) ? 'int32' : 'double';
  return PLAIN_TEXT_COLUMNS.has(name) ? 'plain' : 'dictionary';
}

/**
 * The Parquet schema of a table with these columns. Every column is OPTIONAL: an empty cell is null (the spec
 * allows empty factor, hardware_count and text cells; a required one is simply never null).
 */
export function parquetSchema(columns: readonly string[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map((name): SchemaElement => {
      const kind = columnKind(name);
      if (kind === 'double') return { name, type: 'DOUBLE', repetition_type: 'OPTIONAL' };
      if (kind === 'int32') return { name, type: 'INT32', repetition_type: 'OPTIONAL' };
      return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' };
    }),
  ];
}

/** A CSV-style cell (table.ts records: '' for an empty number) → a Parquet cell of the column's kind. */
export function toParquetCell(cell: string | number | null | undefined, kind: ColumnKind): ParquetCell {
  if (cell === '' || cell === null || cell === undefined) return null;
  if (kind === 'double' || kind === 'int32') {
    if (typeof cell === 'number') return cell;
    const text = cell.trim();
    return text === '' ? null : Number(text); // NaN: not a number, for the caller to report
  }
  return typeof cell === 'string' ? cell : String(cell);
}

/**
 * Writes a table as Parquet, row group by row group: `add` takes rows as columns (one array of cells per column, in
 * the writer's column order) and returns the bytes that are final so far (a complete row group, or nothing yet);
 * `finish` returns the rest and the footer. The caller writes the pieces in order.
 */
export class ParquetTableWriter {
  readonly kinds: readonly ColumnKind[];
  private readonly bytes = new ByteWriter();
  private readonly writer: ParquetWriter;
  private pending: ParquetCell[][];
  private pendingRows = 0;
  private pendingTextBytes = 0;

  constructor(readonly columns: readonly string[]) {
    this.kinds = columns.map(columnKind);
    this.writer = new ParquetWriter({ writer: this.bytes, schema: parquetSchema(columns), createdBy: 'claimboard (hyparquet-writer)' });
    this.pending = columns.map(() => []);
  }

  add(columns: readonly (readonly ParquetCell[])[]): Uint8Array {
    if (columns.length !== this.columns.length) throw new Error(`expected ${this.columns.length} columns, got ${columns.length}`);
    const rows = columns[0]?.length ?? 0;
    columns.forEach((cells, j) => {
      if (cells.length !== rows) throw new Error(`column ${this.columns[j]} has ${cells.length} cells, expected ${rows}`);
      const into = this.pending[j];
      const text = this.kinds[j] === 'plain' || this.kinds[j] === 'dictionary';
      for (const cell of cells) {
        into.push(cell);
        if (text && cell !== null) this.pendingTextBytes += (cell as string).length * 2;
      }
    });
    this.pendingRows += rows;
    if (this.pendingRows >= ROW_GROUP_ROWS || this.pendingTextBytes >= ROW_GROUP_TEXT_BYTES) this.writeRowGroup();
    return this.take();
  }

  finish(): Uint8Array {
    this.writeRowGroup();
    this.writer.finish();
    return this.take();
  }

  private writeRowGroup(): void {
    if (this.pendingRows === 0) return;
    this.writer.write({
      columnData: this.columns.map((name, j) => ({
        name, data: this.pending[j], ...(this.kinds[j] === 'dictionary' ? { encoding: 'RLE_DICTIONARY' as const } : {}),
      })),
      rowGroupSize: this.pendingRows,
    });
    this.pending = this.columns.map(() => []);
    this.pendingRows = 0;
    this.pendingTextBytes = 0;
  }

  /** The bytes written since the last call; the writer's buffer is reused (its offset keeps counting). */
  private take(): Uint8Array {
    const out = this.bytes.getBytes().slice();
    this.bytes.index = 0;
    return out;
  }
}

/** Rows as records of CSV-style cells (table.ts claimToRecord / paperToRecord) → one cell array per column. */
export function recordsToColumns(columns: readonly string[], records: readonly Record<string, string | number>[]): ParquetCell[][] {
  return columns.map((name) => {
    const kind = columnKind(name);
    return records.map((r) => toParquetCell(r[name], kind));
  });
}

/** The kind of table a file's columns make (claims need metric and value_low; papers abstract and n_claims). */
export function tableKindOf(columns: readonly string[]): TableKind | null {
  const has = (c: string) => columns.includes(c);
  if (has('metric') && has('value_low')) return 'claims';
  if (has('abstract') && has('n_claims')) return 'papers';
  return null;
}

/** What hyparquet reads from: the bytes, or a source that hands out byte ranges (a file, a fetch). */
export type ParquetSource = ArrayBuffer | AsyncBuffer;

/** A Parquet table opened: its columns (as in the file), rows, and its rows read one row group at a time. */
export interface ParquetTable {
  columns: string[];
  numRows: number;
  /** Rows (cells by position in `columns`), a row group at a time, in order. */
  rowGroups(): AsyncGenerator<ParquetCell[][]>;
}

/**
 * Opens a Parquet file written here or by any other tool (pandas, DuckDB, Spark): only its footer is read now.
 * Throws (one line, hyparquet's reason) when the bytes are not a Parquet file or it is cut short.
 */
export async function openParquetTable(source: ParquetSource): Promise<ParquetTable> {
  const file = source;
  const metadata = await parquetMetadataAsync(file);
  const columns = metadata.schema.slice(1).filter((e) => !e.num_children).map((e) => e.name);
  const numRows = Number(metadata.num_rows);
  return {
    columns,
    numRows,
    async *rowGroups() {
      let rowStart = 0;
      for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows: unknown[][] = [];
        await parquetRead({ file, metadata, columns, rowStart, rowEnd, rowFormat: 'array', onComplete: (r) => { rows = r as unknown[][]; } });
        // Other writers' INT64 (pandas' default for whole numbers) reads as bigint: a cell is a number here.
        for (const row of rows) for (let j = 0; j < row.length; j++) {
          const v = row[j];
          if (typeof v === 'bigint') row[j] = Number(v);
          else if (v === undefined) row[j] = null;
        }
        yield rows as ParquetCell[][];
        rowStart = rowEnd;
      }
    },
  };
}
