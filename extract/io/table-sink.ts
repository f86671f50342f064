/**
 * Where a table's rows go: CSV text or a Parquet file, chosen by the output's extension (`.parquet`; anything else,
 * and stdout, is CSV). Both write through output.ts, so a failed run leaves the previous file untouched.
 */
import { ParquetTableWriter, TABLE_COLUMNS, type ParquetCell, type TableKind } from '../core/parquet.ts';
import { rowsToCsv } from '../core/table.ts';
import type { EncodedRows, TableFormat } from './extract-block.ts';
import type { TextSink } from './output.ts';

export function tableFormatOf(path: string | undefined): TableFormat {
  return path !== undefined && /\.parquet$/i.test(path) ? 'parquet' : 'csv';
}

export interface TableSink {
  /** Rows encoded in this sink's format (CSV rows end in CRLF). */
  write(rows: EncodedRows): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** A table into `out`: the header now for CSV; for Parquet, row groups as they fill and the footer at commit. */
export async function tableSink(
  kind: TableKind, format: TableFormat, out: TextSink, options: { spreadsheetSafe: boolean },
): Promise<TableSink> {
  const columns = TABLE_COLUMNS[kind];
  if (format === 'csv') {
    await out.write(rowsToCsv(columns, [], { spreadsheetSafe: options.spreadsheetSafe }));
    return {
      async write(rows) {
        if ('csvBytes' in rows) {
          if (rows.csvBytes.length > 0) await out.write(rows.csvBytes);
          return;
        }
        if (!('csv' in rows)) throw new Error('expected CSV rows');
        if (rows.csv) await out.write(rows.csv);
      },
      commit: () => out.commit(),
      abort: () => out.abort(),
    };
  }
  const parquet = new ParquetTableWriter(columns);
  return {
    async write(rows) {
      if (!('columns' in rows)) throw new Error('expected Parquet columns');
      const bytes = parquet.add(rows.columns);
      if (bytes.length > 0) await out.write(bytes);
    },
    async commit() {
      await out.write(parquet.finish());
      await out.commit();
    },
    abort: () => out.abort(),
  };
}

/** Rows (cells by position in the table's columns) as this format's encoding, for writers that have rows (convert). */
export function encodeRowsOf(
  format: TableFormat, rows: readonly (readonly ParquetCell[])[], columns: readonly string[], spreadsheetSafe: boolean,
): EncodedRows {
  if (format === 'csv') return { csv: rows.length > 0 ? rowsToCsv(columns, rows, { header: false, spreadsheetSafe }) + '\r\n' : '' };
  return { columns: columns.map((_, j) => rows.map((r) => r[j] ?? null)) };
}
