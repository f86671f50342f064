/**
 * Generated claims files for the UI bench and the e2e tests, cached: `gen-claims` (generateCorpus, seeded) written
 * as CSV (claimsToCsv) or Parquet (convert's writer, ParquetTableWriter), under the temp dir by seed, size and a hash
 * of the sample they copy, so a second run (or the other format) does not pay again: at 1M claims generating takes
 * ~25 s, writing the CSV ~20 s and the Parquet file ~35 s of CPU.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParquetTableWriter, recordsToColumns } from '../../extract/core/parquet.ts';
import { claimsToCsv, claimToRecord } from '../../extract/core/table.ts';
import { CLAIM_COLUMNS } from '../../extract/core/fields.ts';
import { type Claim } from '../../extract/core/types.ts';
import { defaultSamplePath, generateCorpus, readSample } from '../../extract/gen-claims.ts';

export type ClaimsFormat = 'csv' | 'parquet';
export const CACHE_DIR = join(tmpdir(), 'claimboard-generated');

const SLICE = 50_000;

function writeCsv(path: string, claims: readonly Claim[]): void {
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < claims.length; at += SLICE) {
      const text = claimsToCsv(claims.slice(at, at + SLICE), { header: at === 0 });
      writeSync(fd, at === 0 ? text : `\r\n${text}`);
    }
    writeSync(fd, '\r\n');
  } finally {
    closeSync(fd);
  }
}

function writeParquet(path: string, claims: readonly Claim[]): void {
  const fd = openSync(path, 'w');
  try {
    const writer = new ParquetTableWriter(CLAIM_COLUMNS);
    for (let at = 0; at < claims.length; at += SLICE) {
      writeSync(fd, writer.add(recordsToColumns(CLAIM_COLUMNS, claims.slice(at, at + SLICE).map(claimToRecord))));
    }
    writeSync(fd, writer.finish());
  } finally {
    closeSync(fd);
  }
}

let generated: { key: string; claims: Claim[] } | null = null;

/** The claims of (rows, seed) from the default sample, generated once per process. */
export function generatedClaims(rows: number, seed: number): Claim[] {
  const key = `${rows}:${seed}`;
  if (generated?.key !== key) generated = { key, claims: generateCorpus({ rows, seed, sample: readSample(defaultSamplePath()) }).claims };
  return generated.claims;
}

/** The path of a generated claims file (written now unless cached); `log` hears what takes time. */
export function generatedFile(rows: number, seed: number, format: ClaimsFormat, log: (s: string) => void = () => {}): string {
  const sample = createHash('sha256').update(readFileSync(defaultSamplePath())).digest('hex').slice(0, 10);
  mkdirSync(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, `claims-${rows}-seed${seed}-${sample}.${format}`);
  if (existsSync(path)) return path;
  log(`generating ${rows.toLocaleString('en')} claims as ${format} (cached in ${CACHE_DIR})…`);
  const claims = generatedClaims(rows, seed);
  const partial = `${path}.${process.pid}.part`;
  (format === 'csv' ? writeCsv : writeParquet)(partial, claims);
  renameSync(partial, path);
  return path;
}
