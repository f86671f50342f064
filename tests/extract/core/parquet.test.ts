import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  columnKind, openParquetTable, ParquetTableWriter, parquetSchema, recordsToColumns, TABLE_COLUMNS, type ParquetCell,
} from '../../../extract/core/parquet.ts';
import { claimToRecord } from '../../../extract/core/table.ts';
import { CLAIM_COLUMNS, PAPER_COLUMNS } from '../../../extract/core/fields.ts';
import { type Claim } from '../../../extract/core/types.ts';

const claim = (over: Partial<Claim>): Claim => ({
  paper_id: '2401.00001', title: 'FastX: Serving', system: 'FastX', topic: 'LLM serving & inference', metric: 'throughput', comparison: 'relative',
  direction: 'increase', value_low: 2.5, value_high: 2.5, unit: 'x', qualifier: 'up_to', factor_low: 2.5, factor_high: 2.5,
  baseline: ['vLLM', 'SGLang'], hardware: ['H100'], hardware_count: 8, model: 'Llama-2-70B', span: 'up to $2.5\\times$',
  start: 10, end: 27, evidence: 'FastX achieves up to $2.5\\times$ higher throughput than vLLM and SGLang on 8 H100s.', ...over,
});

/** The tricky cells: formula starts, quotes, commas, newlines, non-ASCII and astral characters, empty lists. */
const CLAIMS: Claim[] = [
  claim({}),
  claim({ paper_id: 'q,2', title: 'Quotes "and", commas; é × 中文 🚀', span: '+0.8% absolute', unit: 'pp', factor_low: null, factor_high: null, baseline: [], hardware: [], hardware_count: null, model: '', evidence: 'line one\nline "two"\r\nthree' }),
  claim({ title: '=cmd|\' /C calc\'!A0', span: '-30%', value_low: 30, value_high: 30, unit: '%', direction: 'decrease', factor_low: 1 / 0.7, factor_high: 1 / 0.7, start: 0, end: 4 }),
];

function write(columns: readonly string[], pieces: ParquetCell[][][]): Uint8Array {
  const writer = new ParquetTableWriter(columns);
  const parts = [...pieces.map((p) => writer.add(p)), writer.finish()];
  return Buffer.concat(parts);
}

async function readAll(bytes: Uint8Array): Promise<{ columns: string[]; rows: ParquetCell[][] }> {
  const table = await openParquetTable(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const rows: ParquetCell[][] = [];
  for await (const group of table.rowGroups()) rows.push(...group);
  return { columns: table.columns, rows };
}

const recordRows = (claims: Claim[]) => claims.map((c) => CLAIM_COLUMNS.map((k) => {
  const v = claimToRecord(c)[k];
  return v === '' ? null : v;
}));

describe('Parquet tables', () => {
  it('reads back every cell as written, across pieces; empty cells are null', async () => {
    const columns = recordsToColumns(CLAIM_COLUMNS, CLAIMS.map(claimToRecord));
    const bytes = write(CLAIM_COLUMNS, [columns.map((c) => c.slice(0, 1)), columns.map((c) => c.slice(1))]);
    const back = await readAll(bytes);
    expect(back.columns).toEqual([...CLAIM_COLUMNS]);
    expect(back.rows).toEqual(recordRows(CLAIMS));
    expect(back.rows[1][CLAIM_COLUMNS.indexOf('factor_low')]).toBeNull();
    expect(back.rows[2][CLAIM_COLUMNS.indexOf('factor_low')]).toBe(1 / 0.7); // doubles exactly
  });

  it('derives the schema from the column list by name: a new text column is dictionary-encoded text, numbers typed', () => {
    // What `system` after `title` (spec v2) becomes, without a change here.
    const withSystem = ['paper_id', 'title', 'system', ...CLAIM_COLUMNS.slice(2)];
    const schema = parquetSchema(withSystem);
    expect(schema[3]).toEqual({ name: 'system', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' });
    expect(columnKind('system')).toBe('dictionary');
    expect(Object.fromEntries(schema.slice(1).filter((e) => e.type !== 'BYTE_ARRAY').map((e) => [e.name, e.type]))).toEqual({
      value_low: 'DOUBLE', value_high: 'DOUBLE', factor_low: 'DOUBLE', factor_high: 'DOUBLE', hardware_count: 'INT32', start: 'INT32', end: 'INT32',
    });
    expect(parquetSchema(PAPER_COLUMNS).find((e) => e.name === 'n_claims')?.type).toBe('INT32');
  });

  it('dictionary-encodes every facet column in every row group; long free text is left to the writer', () => {
    const many = Array.from({ length: 3000 }, (_, i) => claim({ paper_id: `p${i}`, title: `Paper ${i}`, evidence: `sentence ${i} with its own words`, span: `${i}x` }));
    const bytes = write(CLAIM_COLUMNS, [recordsToColumns(CLAIM_COLUMNS, many.map(claimToRecord))]);
    const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    for (const group of meta.row_groups) {
      for (const chunk of group.columns) {
        const name = chunk.meta_data!.path_in_schema[0];
        const dictionary = chunk.meta_data!.encodings.includes('RLE_DICTIONARY');
        // Facets always (even title, distinct per paper); distinct free text never; numbers as the writer finds best.
        if (columnKind(name) === 'dictionary') expect([name, dictionary]).toEqual([name, true]);
        if (columnKind(name) === 'plain') expect([name, dictionary]).toEqual([name, false]);
      }
    }
  });

  it('opens in DuckDB unchanged: types, nulls, lists split by "; "', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimboard-parquet-'));
    const path = join(dir, 'claims.parquet');
    writeFileSync(path, write(CLAIM_COLUMNS, [recordsToColumns(CLAIM_COLUMNS, CLAIMS.map(claimToRecord))]));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      const types = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`)).getRows().map((r) => `${r[0]} ${r[1]}`);
      expect(types).toEqual(CLAIM_COLUMNS.map((c) => `${c} ${columnKind(c) === 'double' ? 'DOUBLE' : columnKind(c) === 'int32' ? 'INTEGER' : 'VARCHAR'}`));
      const rows = (await con.runAndReadAll(
        `SELECT title, span, evidence, factor_low, hardware_count, model, string_split(baseline, '; ') AS baselines FROM read_parquet('${path}')`,
      )).getRowObjectsJson();
      const picked = rows.map((r) => [r.title, r.span, r.evidence, r.factor_low, r.hardware_count, r.model, r.baselines]);
      expect(picked).toEqual(CLAIMS.map((c) => [
        c.title, c.span, c.evidence, c.factor_low, c.hardware_count, c.model || null, c.baseline.length ? c.baseline : null,
      ]));
    } finally {
      con.closeSync();
    }
  });

  it('refuses bytes that are not Parquet, or a file cut short, with the reason', async () => {
    const bytes = write(TABLE_COLUMNS.claims, [recordsToColumns(CLAIM_COLUMNS, CLAIMS.map(claimToRecord))]);
    await expect(readAll(bytes.subarray(0, bytes.length - 100))).rejects.toThrow(/parquet/);
    await expect(readAll(new TextEncoder().encode('paper_id,title\r\nx,y\r\n'))).rejects.toThrow(/parquet/);
  });
});
