/**
 * claimboard bench --parquet [--rows N]: the same generated claims (gen-claims, seed 1) as CSV and as Parquet —
 * write time, file size, and read time, in-process, best of ROUNDS. Figures only (README "Large corpora").
 * Reads are timed as the dashboard would take them: every column into memory, and only the facet and number columns
 * (what a filter index needs), the way hyparquet reads a column subset without touching the others' bytes.
 */
import { parquetRead } from 'hyparquet';
import { defaultSamplePath, generateCorpus, readSample } from './gen-claims.ts';
import { openParquetTable, ParquetTableWriter, recordsToColumns, TABLE_COLUMNS } from './core/parquet.ts';
import { claimsToCsv, claimToRecord, parseClaimsCsv } from './core/table.ts';

interface BenchIo { stdout: { write(s: string): unknown } }

const ROUNDS = 2;
/** Claims per `add` call: what a run of extract blocks amounts to, and the convert command's pieces. */
const PIECE_ROWS = 50_000;
const FACET_AND_NUMBER_COLUMNS = ['title', 'topic', 'metric', 'unit', 'qualifier', 'baseline', 'hardware', 'model', 'value_low', 'value_high', 'factor_low', 'factor_high'];

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Best wall and CPU seconds of `fn` over ROUNDS rounds (other work on the machine only ever slows a round down). */
async function timed<T>(fn: () => T | Promise<T>): Promise<{ result: T; seconds: number; cpuSeconds: number }> {
  let best = { result: undefined as T, seconds: Infinity, cpuSeconds: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await fn();
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    if (seconds < best.seconds) best = { result, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
  }
  return best;
}

export async function benchParquet(rows: number, io: BenchIo): Promise<void> {
  const line = (s: string) => { io.stdout.write(`${s}\n`); };
  const { claims } = generateCorpus({ rows, seed: 1, sample: readSample(defaultSamplePath()) });
  const columns = TABLE_COLUMNS.claims;
  const mb = (bytes: number) => `${fmt(bytes / 1e6, 1)} MB`;
  const speed = (t: { seconds: number; cpuSeconds: number }) => `${fmt(t.seconds, 2)} s (CPU ${fmt(t.cpuSeconds, 2)} s, ${fmt(rows / t.seconds)} claims/s)`;
  line(`parquet    ${fmt(rows)} generated claims (gen-claims seed 1), in-process, best of ${ROUNDS}:`);

  const csvWrite = await timed(() => Buffer.from(claimsToCsv(claims), 'utf8'));
  const parquetWrite = await timed(() => {
    const writer = new ParquetTableWriter(columns);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < claims.length; i += PIECE_ROWS) {
      parts.push(writer.add(recordsToColumns(columns, claims.slice(i, i + PIECE_ROWS).map(claimToRecord))));
    }
    parts.push(writer.finish());
    return Buffer.concat(parts);
  });
  const csvBytes = csvWrite.result;
  const parquetBytes = parquetWrite.result;
  const arrayBuffer = parquetBytes.buffer.slice(parquetBytes.byteOffset, parquetBytes.byteOffset + parquetBytes.byteLength) as ArrayBuffer;
  line(`           size   CSV ${mb(csvBytes.length)}, Parquet ${mb(parquetBytes.length)} (${fmt(csvBytes.length / parquetBytes.length, 1)}x smaller)`);
  line(`           write  CSV ${speed(csvWrite)}; Parquet ${speed(parquetWrite)}`);

  const csvRead = await timed(() => parseClaimsCsv(csvBytes.toString('utf8')).claims.length);
  const parquetRead_ = await timed(async () => {
    const table = await openParquetTable(arrayBuffer);
    let n = 0;
    for await (const group of table.rowGroups()) n += group.length;
    return n;
  });
  const facetRead = await timed(async () => {
    let n = 0;
    await parquetRead({ file: arrayBuffer, columns: FACET_AND_NUMBER_COLUMNS, onChunk: (c) => { if (c.columnName === 'topic') n += c.rowEnd - c.rowStart; } });
    return n;
  });
  line(`           read   CSV → claims (parseClaimsCsv) ${speed(csvRead)}`);
  line(`                  Parquet, every column as rows ${speed(parquetRead_)}`);
  line(`                  Parquet, ${FACET_AND_NUMBER_COLUMNS.length} facet and number columns ${speed(facetRead)}`);
  if (csvRead.result !== rows || parquetRead_.result !== rows || facetRead.result !== rows) line('           ROWS DIFFER: a reader lost rows');
}
