/**
 * A generated claims Parquet file (1,000,000 claims by default: E2E_SCALE_ROWS) through Load data: every claim
 * loaded, a Hardware filter and a Search narrow them, and Export CSV gives exactly the filtered rows in the table's
 * order, checked against DuckDB reading and filtering the same file (another reader, another engine). A Parquet file
 * cut short or with a damaged column is refused in one line, and the data loaded before stays.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ParquetTableWriter, recordsToColumns } from '../../extract/core/parquet.ts';
import { claimsToCsv, claimToRecord, parseClaimsCsv, parseList } from '../../extract/core/table.ts';
import { CLAIM_COLUMNS } from '../../extract/core/fields.ts';
import { type Claim } from '../../extract/core/types.ts';
import { launch, open, rowCount, settledAfter } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const FILE = inject('scaleParquet');
const N = inject('scaleRows');
const count = (n: number) => n.toLocaleString('en');
/** The word searched for: in some claims' evidence, titles or models, not in most. */
const WORD = 'cache';

/** DuckDB's rows of the file on that GPU whose title, evidence or model holds WORD, in the table's default order. */
async function expectedRows(gpu: string): Promise<Claim[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const text = (c: string) => `coalesce(${c}, '')`;
    const rows = (await con.runAndReadAll(`
      SELECT * EXCLUDE (file_row_number) FROM read_parquet('${FILE}', file_row_number = true)
      WHERE list_contains(list_transform(string_split(${text('hardware')}, ';'), x -> trim(x)), '${gpu}')
        AND (contains(lower(${text('title')}), '${WORD}') OR contains(lower(${text('evidence')}), '${WORD}') OR contains(lower(${text('model')}), '${WORD}'))
      ORDER BY factor_low DESC NULLS LAST, file_row_number`)).getRowObjectsJson() as Record<string, string | number | null>[];
    const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return rows.map((r) => ({
      paper_id: s(r.paper_id), title: s(r.title), system: s(r.system), topic: s(r.topic), metric: s(r.metric), comparison: s(r.comparison),
      direction: s(r.direction), value_low: Number(r.value_low), value_high: n(r.value_high) ?? Number(r.value_low), unit: s(r.unit),
      qualifier: s(r.qualifier), factor_low: n(r.factor_low), factor_high: n(r.factor_high) ?? n(r.factor_low),
      baseline: parseList(s(r.baseline)), hardware: parseList(s(r.hardware)), hardware_count: n(r.hardware_count), model: s(r.model),
      span: s(r.span), start: Number(r.start ?? 0), end: Number(r.end ?? 0), evidence: s(r.evidence),
    }) as Claim);
  } finally {
    con.closeSync();
  }
}

describe(`a generated Parquet file of ${count(N)} claims via Load data`, () => {
  it('loads every claim; a Hardware filter and a Search narrow them; Export CSV gives the filtered rows', async () => {
    const { page, context, errors } = await open(browser);
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles(FILE), 180_000);
    await page.getByText(`${count(N)} of ${count(N)} claims`).waitFor({ timeout: 180_000 });
    expect(await rowCount(page)).toBe(N);

    // The most common GPU (the first option), then a word typed into Search.
    const option = page.getByRole('group', { name: 'Hardware' }).getByRole('checkbox').first();
    const gpu = (await option.locator('xpath=..').locator('.name').textContent())!;
    await settledAfter(page, () => option.check(), 60_000);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await settledAfter(page, () => search.fill(WORD), 60_000);
    const expected = await expectedRows(gpu);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(N / 10);
    await page.getByText(`${count(expected.length)} of ${count(N)} claims`).waitFor({ timeout: 10_000 });
    expect(await rowCount(page)).toBe(expected.length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(exported).toBe(claimsToCsv(expected, { spreadsheetSafe: true }));
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('a broken Parquet file leaves the data as it is', () => {
  const claims = parseClaimsCsv(readFileSync(fileURLToPath(new URL('../fixtures/dashboard/claims.csv', import.meta.url)), 'utf8')).claims.slice(0, 10);
  const writer = new ParquetTableWriter(CLAIM_COLUMNS);
  const good = Buffer.concat([writer.add(recordsToColumns(CLAIM_COLUMNS, claims.map(claimToRecord))), writer.finish()]);
  // The title column's pages overwritten (its footer entry intact): the reader fails in that column, not the footer.
  const damaged = Buffer.from(good);
  const title = parquetMetadata(good.buffer.slice(good.byteOffset, good.byteOffset + good.length) as ArrayBuffer)
    .row_groups[0].columns.find((c) => c.meta_data?.path_in_schema[0] === 'title')!.meta_data!;
  const from = Number(title.dictionary_page_offset ?? title.data_page_offset);
  damaged.fill(0xee, from, from + Number(title.total_compressed_size));
  const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/vnd.apache.parquet', buffer });

  it('cut short or damaged: one line saying so, the claims loaded before still there', async () => {
    const { page, context } = await open(browser);
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles(file('good.parquet', good)));
    await page.getByText(`${claims.length} of ${claims.length} claims`).waitFor();
    const refused = async (name: string, buffer: Buffer, why: RegExp) => {
      await page.getByLabel('Load data').setInputFiles(file(name, buffer));
      const alert = page.getByRole('alert').filter({ hasText: name });
      await alert.waitFor();
      const text = (await alert.textContent())!.replace(/\s*×$/, ''); // the message's dismiss button
      expect(text).toMatch(new RegExp(`^Could not load ${name.replace('.', '\\.')}: ${why.source}\\. The current data is unchanged\\.$`));
      expect(text).not.toContain('\n');
      expect(await rowCount(page)).toBe(claims.length);
    };
    await refused('cut.parquet', good.subarray(0, good.length >> 1), /not a Parquet file, or cut short \(.+\)/);
    await refused('damaged.parquet', damaged, /its column title is damaged or cut short \(.+\)/);
    await context.close();
  });
});
