/**
 * The column readers (parquetColumns.ts) against the row reader (openParquetTable) on files written here and by
 * DuckDB (its own encodings, row group sizes and data page version): the same cells, nulls included.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackStrings, type TextChunk } from '../../../extract/core/packed.ts';
import {
  columnKind, openParquetTable, ParquetTableWriter, readNumberColumn, readTextChunk, readTextColumn, recordsToColumns, type ParquetCell,
} from '../../../extract/core/parquet.ts';
import { claimToRecord } from '../../../extract/core/table.ts';
import { CLAIM_COLUMNS } from '../../../extract/core/fields.ts';
import { type Claim } from '../../../extract/core/types.ts';

const claim = (i: number): Claim => ({
  paper_id: `p${i % 700}`, title: `Paper ${i % 700}: é × 中文 🚀`, system: i % 4 ? `Sys${i % 9}` : '', topic: 'LLM serving & inference',
  metric: i % 2 ? 'throughput' : 'latency', comparison: 'relative', direction: 'increase', value_low: i / 7, value_high: i / 7 + (i % 3),
  unit: 'x', qualifier: 'up_to', factor_low: i % 5 ? i / 7 : null, factor_high: i % 5 ? i / 7 + 1 : null, baseline: i % 5 ? ['vLLM', `B${i % 11}`] : [],
  hardware: i % 6 ? [] : ['H100'], hardware_count: i % 4 ? null : 8, model: i % 3 ? '' : `m${i % 7}`, span: `${i}x`, start: i, end: i + 2,
  evidence: i % 10 ? `sentence ${i} with "its" own words, ${'é'.repeat(i % 4)} 🚀` : '',
});
const CLAIMS = Array.from({ length: 2500 }, (_, i) => claim(i));

function ours(claims: Claim[]): ArrayBuffer {
  const writer = new ParquetTableWriter(CLAIM_COLUMNS);
  const bytes = Buffer.concat([writer.add(recordsToColumns(CLAIM_COLUMNS, claims.map(claimToRecord))), writer.finish()]);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function rowsOf(file: ArrayBuffer): Promise<ParquetCell[][]> {
  const rows: ParquetCell[][] = [];
  for await (const group of (await openParquetTable(file)).rowGroups()) rows.push(...group);
  return rows;
}

const cells = (chunk: TextChunk) => {
  const values = unpackStrings(chunk.values);
  return Array.from(chunk.codes, (code) => (code < 0 ? null : values[code]));
};

/** Every column read by the column readers equals the row reader's cells. */
async function agree(file: ArrayBuffer): Promise<void> {
  const metadata = parquetMetadata(file);
  const rows = await rowsOf(file);
  CLAIM_COLUMNS.forEach((column, j) => {
    const expected = rows.map((r) => r[j]);
    if (columnKind(column) === 'double' || columnKind(column) === 'int32') {
      const got = Array.from(readNumberColumn(file, metadata, column), (v) => (Number.isNaN(v) ? null : v));
      expect([column, got]).toEqual([column, expected]);
    } else {
      expect([column, cells(readTextColumn(file, metadata, column))]).toEqual([column, expected]);
      // The same values left as UTF-8 bytes (the dashboard's evidence), decoded when read.
      expect([column, cells(readTextColumn(file, metadata, column, undefined, { utf8: true }))]).toEqual([column, expected]);
    }
  });
}

describe('Parquet columns as typed arrays', () => {
  it('reads our files: dictionary and PLAIN pages, nulls, non-ASCII and astral text', async () => {
    const file = ours(CLAIMS);
    await agree(file);
    const metadata = parquetMetadata(file);
    // Our facet columns are dictionary-encoded: a row group's values are its dictionary, each value once (other
    // writers may choose PLAIN pages: their values are then one per row).
    for (const column of CLAIM_COLUMNS.filter((c) => columnKind(c) === 'dictionary')) {
      const values = unpackStrings(readTextChunk(file, metadata, 0, column).values);
      expect([column, new Set(values).size]).toEqual([column, values.length]);
    }
    // A facet column's values are its dictionary: a handful of strings for 2,500 rows.
    expect(readTextChunk(file, metadata, 0, 'baseline').values.ends.length).toBe(11);
    expect(readTextChunk(file, metadata, 0, 'hardware').codes.filter((c) => c === -1)).toHaveLength(CLAIMS.filter((c) => !c.hardware.length).length);
  });

  it("reads DuckDB's files: several row groups, its own encodings and page version", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimboard-columns-'));
    const source = join(dir, 'in.parquet');
    // DuckDB cuts row groups at multiples of its 2,048-row vectors.
    writeFileSync(source, Buffer.from(ours(Array.from({ length: 5000 }, (_, i) => claim(i)))));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      for (const [i, options] of ['ROW_GROUP_SIZE 2048', 'ROW_GROUP_SIZE 2048, PARQUET_VERSION V2'].entries()) {
        const out = join(dir, `duck${i}.parquet`);
        await con.run(`COPY (SELECT * FROM read_parquet('${source}')) TO '${out}' (FORMAT parquet, ${options})`);
        const bytes = readFileSync(out);
        const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        if (i === 0) expect(parquetMetadata(file).row_groups.length).toBeGreaterThan(1);
        await agree(file);
      }
      // Snappy (pandas', DuckDB's and our default) or none: hyparquet alone reads no other codec, and says so.
      const zstd = join(dir, 'zstd.parquet');
      await con.run(`COPY (SELECT * FROM read_parquet('${source}')) TO '${zstd}' (FORMAT parquet, COMPRESSION 'zstd')`);
      const bytes = readFileSync(zstd);
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      expect(() => readTextChunk(file, parquetMetadata(file), 0, 'title')).toThrow('parquet unsupported compression codec: ZSTD');
    } finally {
      con.closeSync();
    }
  });

  it('refuses a nested column or a file cut short', async () => {
    const file = ours(CLAIMS.slice(0, 50));
    const metadata = parquetMetadata(file);
    expect(() => readTextChunk(file.slice(0, file.byteLength / 2), metadata, 0, 'evidence')).toThrow(/past the end|cut short/);
    expect(() => readTextChunk(file, metadata, 0, 'nope')).toThrow();
  });
});
