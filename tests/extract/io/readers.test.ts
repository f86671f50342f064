import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { probeInput, readInput, sourceFor, type InputSource, type ReadEvent } from '../../../extract/io/readers.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const hostile = (name: string) => fixture(`hostile/${name}`);

async function read(source: InputSource, categories?: string[]): Promise<ReadEvent[]> {
  const events: ReadEvent[] = [];
  for await (const e of readInput(source, { categories })) events.push(e);
  return events;
}

/** Events as short strings: `paper <line> <id|-> <title>` or `issue <line> <message>`. */
async function summary(path: string, format?: InputSource['format'], categories?: string[]): Promise<string[]> {
  const source = sourceFor(path, format);
  if (typeof source === 'string') throw new Error(source);
  return (await read(source, categories)).map((e) => {
    if (e.kind === 'paper') return `paper ${e.line} ${e.paper.id ?? '-'} ${e.paper.title}`;
    if (e.kind === 'filtered') return `filtered ${e.line}`;
    return `${e.fatal ? 'fatal' : 'issue'} ${e.line ?? '-'} ${e.message}`;
  });
}

describe('listing page (.txt)', () => {
  it('reads the 77 papers of the bundled sample, titles as in the gold seed, abstracts exactly their lines', async () => {
    const events = await read({ path: fixture('../data/sample-page.txt'), format: 'txt' });
    const seed = readFileSync(fixture('fixtures/gold/seed.abstracts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const papers = events.flatMap((e) => (e.kind === 'paper' ? [e] : []));
    expect(events).toHaveLength(77);
    expect(papers.map((p) => p.paper.title)).toEqual(seed.map((s: { title: string }) => s.title));
    expect(papers.map((p) => p.paper.abstract)).toEqual(seed.map((s: { abstract: string }) => s.abstract));
    expect(papers[0].line).toBe(11);
  });

  it('skips page chrome and per-paper extra lines (dates, "Submitted by", upvotes)', async () => {
    expect(await summary(hostile('listing-with-extras.txt'))).toEqual([
      'paper 5 - FastServe: Fast LLM Serving',
      'paper 13 - Anchor Sampling for Federated Learning',
    ]);
  });
});

describe('JSONL', () => {
  it('reads nothing from an empty file', async () => {
    expect(await summary(hostile('empty.jsonl'))).toEqual([]);
  });

  it('reports a binary file as fatal', async () => {
    expect(await summary(hostile('binary.jsonl'))).toEqual([`fatal - ${hostile('binary.jsonl')}: looks binary, not text`]);
    expect(await probeInput(hostile('binary.jsonl'))).toBe(`${hostile('binary.jsonl')}: looks binary, not text`);
  });

  it('skips lines that are not objects, with their line numbers', async () => {
    expect(await summary(hostile('array-line.jsonl'))).toEqual([
      'paper 1 a1 FastServe', 'issue 2 expected a JSON object, got an array', 'paper 3 a3 Anchor Sampling',
    ]);
    expect(await summary(hostile('number-line.jsonl'))).toEqual(['paper 1 n1 FastServe', 'issue 2 expected a JSON object, got a number']);
    expect(await summary(hostile('malformed-json.jsonl'))).toEqual([
      'paper 1 m1 FastServe', 'issue 2 malformed JSON', 'paper 4 m3 Anchor Sampling',
    ]);
  });

  it('still lists a record with a title but no abstract, after its warning', async () => {
    const events = await read({ path: hostile('missing-abstract.jsonl'), format: 'jsonl' });
    expect(events.map((e) => (e.kind === 'issue' ? `issue ${e.line} ${e.skipped}` : e.kind === 'paper' ? `paper ${e.line} ${e.paper.title}|${e.paper.abstract}` : e.kind))).toEqual([
      'issue 1 without an abstract', 'paper 1 A paper listed without its abstract|',
      'paper 2 FastServe|We present FastServe, a serving system for large language models. FastServe improves throughput by up to 2.5x over vLLM on A100 GPUs while keeping latency low.',
      'issue 3 without a title',
      'issue 4 without an abstract', 'paper 4 Abstract is not a string|',
    ]);
  });

  it('strips a BOM and CRLF line ends', async () => {
    const papers = (await read({ path: hostile('bom-crlf.jsonl'), format: 'jsonl' })).flatMap((e) => (e.kind === 'paper' ? [e.paper] : []));
    expect(papers.map((p) => p.id)).toEqual(['b1', 'b2']);
    expect(papers[1].abstract.endsWith('than FedAvg.')).toBe(true);
  });

  it('turns numeric ids into strings', async () => {
    expect(await summary(hostile('duplicate-ids.jsonl'))).toEqual([
      'paper 1 2401.00001 FastServe', 'paper 2 2401.00001 Anchor Sampling', 'paper 3 2401.00001-2 Already suffixed',
    ]);
  });

  it('keeps only records of the wanted categories (string or array), counting the rest', async () => {
    expect(await summary(hostile('categories.jsonl'), undefined, ['cs.LG'])).toEqual([
      'paper 1 2401.1 FastServe', 'filtered 2', 'paper 3 2401.3 Anchor Sampling', 'filtered 4',
    ]);
  });

  it('reads stdin as JSONL by default', async () => {
    const bytes = readFileSync(hostile('array-line.jsonl'));
    const stdin = (async function* () { yield bytes.subarray(0, 100); yield bytes.subarray(100); })();
    const events: ReadEvent[] = [];
    for await (const e of readInput(sourceFor('-') as InputSource, { stdin })) events.push(e);
    expect(events.map((e) => `${e.kind} ${e.file}:${e.line}`)).toEqual(['paper <stdin>:1', 'issue <stdin>:2', 'paper <stdin>:3']);
  });
});

describe('CSV', () => {
  it('names the missing columns and the columns found', async () => {
    expect(await summary(hostile('csv-missing-columns.csv'))).toEqual([
      `fatal - ${hostile('csv-missing-columns.csv')}: missing column abstract (found: id, title)`,
    ]);
    expect(await summary(hostile('csv-misspelt-columns.csv'))).toEqual([
      `fatal - ${hostile('csv-misspelt-columns.csv')}: missing columns title, abstract (found: id, titel, abstrct)`,
    ]);
  });

  it('keeps quoted newlines and gives each record the line it starts on', async () => {
    const events = await read({ path: hostile('csv-quoted-newlines.csv'), format: 'csv' });
    expect(events.map((e) => `${e.kind} ${e.line}`)).toEqual(['paper 2', 'issue 4', 'paper 4', 'paper 5']);
    const first = events[0];
    expect(first.kind === 'paper' && first.paper.abstract.split('\n')).toHaveLength(2);
  });

  it('detects semicolons and matches headers in any case, trimmed', async () => {
    expect(await summary(hostile('csv-semicolons.csv'))).toEqual(['paper 2 s1 FastServe', 'paper 3 s2 Anchor Sampling']);
  });

  it('reads Windows-1252 bytes as Windows-1252, with a note naming the file', async () => {
    const events = await read({ path: hostile('windows-1252.csv'), format: 'csv' });
    expect(events[0]).toMatchObject({ kind: 'issue', line: null, message: 'not valid UTF-8, read as Windows-1252', skipped: null });
    expect(events[1]).toMatchObject({ kind: 'paper', paper: { title: '\u201cSmart\u201d Serving \u2013 Caf\u00e9' } });
    expect(events[1].kind === 'paper' && events[1].paper.abstract).toContain('up to 2.5\u00d7 over vLLM');
  });
});

describe('sourceFor / probeInput', () => {
  it('takes the format from the extension or --format; stdin defaults to JSONL', () => {
    expect(sourceFor('a.NDJSON')).toEqual({ path: 'a.NDJSON', format: 'jsonl' });
    expect(sourceFor('a.dat', 'csv')).toEqual({ path: 'a.dat', format: 'csv' });
    expect(sourceFor('-')).toEqual({ path: '-', format: 'jsonl' });
    expect(sourceFor('a.dat')).toBe('cannot tell the format of a.dat from its extension: use --format txt|jsonl|csv');
  });

  it('names a missing file', async () => {
    expect(await probeInput('/nonexistent/x.jsonl')).toBe('cannot read /nonexistent/x.jsonl: no such file or directory');
    expect(await probeInput(hostile('empty.jsonl'))).toBeNull();
  });
});
