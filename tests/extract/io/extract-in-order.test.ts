import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBlocks, parseBlock, BLOCK_BYTES, type Block } from '../../../extract/io/blocks.ts';
import type { BlockOutput, EncodedRows } from '../../../extract/io/extract-block.ts';
import { extractInOrder } from '../../../extract/io/extract-in-order.ts';
import { extractAll, type RunOptions } from '../../../extract/io/run-extract.ts';
import { readInput, type ReadEvent } from '../../../extract/io/readers.ts';
import type { TableSink } from '../../../extract/io/table-sink.ts';
import { workerEntry } from '../../../extract/io/worker-bundle.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const seed = readFileSync(join(ROOT, 'tests/fixtures/gold/seed.abstracts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

/**
 * 20 copies of the gold abstracts (~1.5 MB, three blocks). Every 10th paper keeps its id in every copy, so duplicate
 * ids meet across blocks; a Windows-1252 line, a malformed line and a blank one are in between.
 */
function input(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimboard-order-'));
  const lines: string[] = [];
  for (let k = 0; k < 20; k++) {
    seed.forEach((p, i) => lines.push(JSON.stringify({ ...p, id: i % 10 === 0 ? p.id : `${p.id}-copy${k}` })));
    if (k === 7) lines.push('{"id": "broken', '');
  }
  const path = join(dir, 'in.jsonl');
  const text = Buffer.from(lines.join('\n') + '\n', 'utf8');
  const cp1252 = Buffer.from('{"id":"w1","title":"Caf\xe9 serving","abstract":"We serve 2x faster than vLLM on A100 GPUs."}\n', 'latin1');
  const cut = text.indexOf(10, 1_000_000) + 1;
  writeFileSync(path, Buffer.concat([text.subarray(0, 1_000_000), text.subarray(1_000_000, cut), cp1252, text.subarray(cut)]));
  return path;
}

const OPTIONS = { debug: false, spreadsheetSafe: false, claimsFormat: 'csv', papersFormat: 'csv' } as const;
const csvOf = (rows: EncodedRows | null) => (!rows ? '' : 'csv' in rows ? rows.csv : 'csvBytes' in rows ? Buffer.from(rows.csvBytes).toString('utf8') : '');

describe('extraction in input order', () => {
  it('cuts JSONL into blocks of whole lines whose events are the streaming reader\'s, line numbers included', async () => {
    const path = input();
    const blocks: Block[] = [];
    for await (const b of readBlocks([{ path, format: 'jsonl' }], {})) blocks.push(b);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const b of blocks.slice(0, -1)) expect(b.kind === 'jsonl' && b.bytes.length >= BLOCK_BYTES && b.bytes.at(-1) === 10).toBe(true);
    const streamed: ReadEvent[] = [];
    for await (const e of readInput({ path, format: 'jsonl' })) streamed.push(e);
    expect(streamed.filter((e) => e.kind === 'issue').map((e) => e.line)).toHaveLength(2); // the Windows-1252 note, the malformed line
    expect(blocks.flatMap((b) => parseBlock(b))).toEqual(streamed);
  });

  it('starts workers from the bundled extractor, not through tsx', async () => {
    const entry = await workerEntry();
    expect(entry.workerData).toBeUndefined();
    expect(entry.url.pathname).toMatch(/\/claimboard-\d+\/extract-worker-[0-9a-f]{16}\.mjs$/);
  });

  it('on worker threads gives the rows this thread gives, in order', async () => {
    const path = input();
    const run = async (jobs: number, workersOnly: boolean) => {
      const outputs: BlockOutput[] = [];
      await extractInOrder(readBlocks([{ path, format: 'jsonl' }], {}), { ...OPTIONS, jobs, inputBytes: null, workersOnly }, async (_, o) => { outputs.push(o); });
      return outputs;
    };
    const [here, workers] = [await run(1, false), await run(2, true)];
    expect(here.every((o) => o.threadId === 0)).toBe(true);
    expect(workers.every((o) => o.threadId !== 0)).toBe(true);
    expect(new Set(workers.map((o) => o.threadId)).size).toBe(2);
    const rows = (o: (typeof here)[number]) => [csvOf(o.claimRows), csvOf(o.paperRows), o.papersRead, o.notes];
    expect(workers.map(rows)).toEqual(here.map(rows));
  }, 60_000);

  it('assigns duplicate ids in input order across blocks and workers: same tables and warnings as one thread', async () => {
    const path = input();
    const run = async (jobs: number, workersOnly: boolean) => {
      const text = { claims: '', papers: '', stderr: '' };
      const sink = (key: 'claims' | 'papers'): TableSink => ({ write: async (r) => { text[key] += csvOf(r); }, commit: async () => {}, abort: async () => {} });
      const options: RunOptions = { ...OPTIONS, sources: [{ path, format: 'jsonl' }], strict: false, jobs, categories: undefined, workersOnly };
      const counts = await extractAll(options, { stdout: { write: () => {} }, stderr: { write: (s: string) => { text.stderr += s; } } }, sink('claims'), sink('papers'));
      return { ...text, counts };
    };
    const [here, workers] = [await run(1, false), await run(2, true)];
    expect(here.counts.renamed).toBeGreaterThan(100);
    expect(here.stderr).toMatch(/^warning: .*in\.jsonl:\d+: not valid UTF-8, read as Windows-1252$/m);
    expect(here.stderr).toMatch(/^warning: .*in\.jsonl:\d+: malformed JSON$/m);
    expect(here.papers).toMatch(/^s-lora-19,/m);
    expect(workers).toEqual(here);
  }, 60_000);

  it('with a worker on every core, leaves every block to the workers (this thread does not extract cold beside them)', async () => {
    const outputs: BlockOutput[] = [];
    await extractInOrder(readBlocks([{ path: input(), format: 'jsonl' }], {}),
      { ...OPTIONS, jobs: Math.max(2, availableParallelism()), inputBytes: null }, async (_, o) => { outputs.push(o); });
    expect(outputs.length).toBeGreaterThanOrEqual(3);
    expect(outputs.every((o) => o.threadId !== 0)).toBe(true);
  }, 60_000);
});
