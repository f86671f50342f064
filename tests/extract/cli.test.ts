import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../extract/cli.ts';
import { parseClaimsCsv } from '../../extract/core/table.ts';
import { CLAIM_COLUMNS, PAPER_COLUMNS } from '../../extract/core/fields.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const hostile = (name: string) => join(ROOT, 'tests/hostile', name);
const CLAIMS_HEADER = CLAIM_COLUMNS.join(',') + '\r\n';
const PAPERS_HEADER = PAPER_COLUMNS.join(',') + '\r\n';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'claimboard-cli-')); });

/** Runs the CLI in-process; `stdin` stands for a pipe when `piped` (as `cat x | claimboard extract`). */
async function run(args: string[], stdin?: Uint8Array, piped = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => { stdout += s; } },
    stderr: { write: (s: string) => { stderr += s; } },
    ...(stdin ? { stdin: (async function* () { yield stdin; })() } : {}),
    stdinIsPiped: piped,
  });
  return { code, stdout, stderr, lines: stderr.trimEnd().split('\n') };
}

/** Runs with --out/--papers in the temp dir; returns the papers table's rows too. */
async function runToFiles(inputs: string[], ...flags: string[]) {
  const out = join(dir, 'claims.csv');
  const papers = join(dir, 'papers.csv');
  const r = await run([...inputs, '--out', out, '--papers', papers, ...flags]);
  const paperRows = existsSync(papers) ? Papa.parse<Record<string, string>>(readFileSync(papers, 'utf8'), { header: true, skipEmptyLines: true }).data : null;
  return { ...r, out, papers, paperRows };
}

describe('extract CLI: errors', () => {
  it('names a missing input and writes nothing', async () => {
    const r = await runToFiles(['/nonexistent/in.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: cannot read /nonexistent/in.jsonl: no such file or directory\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a binary input', async () => {
    const r = await runToFiles([hostile('binary.jsonl')]);
    expect([r.code, r.stderr]).toEqual([2, `error: ${hostile('binary.jsonl')}: looks binary, not text\n`]);
  });

  it('says an output directory does not exist', async () => {
    const r = await run([hostile('empty.jsonl'), '--out', join(dir, 'missing/claims.csv')]);
    expect([r.code, r.stderr]).toEqual([2, `error: cannot write ${join(dir, 'missing/claims.csv')}: directory does not exist\n`]);
  });

  it('names an output it cannot write, and leaves no temp file', async () => {
    mkdirSync(join(dir, 'claims.csv'));
    const r = await runToFiles([hostile('array-line.jsonl')]);
    expect([r.code, r.lines.at(-1)]).toEqual([2, `error: cannot write ${join(dir, 'claims.csv')}: is a directory`]);
    expect(readdirSync(dir)).toEqual(['claims.csv']);
  });

  it('says in one line what is wrong with a flag, a format or --jobs, and where the flags are listed', async () => {
    for (const [args, message] of [
      [['--outt', 'x.csv'], 'error: unknown flag --outt (did you mean --out?)'],
      [['--bogus'], 'error: unknown flag --bogus'],
      [['--format', 'xml', 'a.xml'], 'error: unknown format "xml" (txt, jsonl or csv)'],
      [['--jobs', '0', 'a.jsonl'], 'error: --jobs needs a whole number >= 1, got "0"'],
      [['a.jsonl', '--out'], 'error: --out needs a value (FILE)'],
      [['paper.pdf'], 'error: cannot tell the format of paper.pdf from its extension: use --format txt|jsonl|csv'],
    ] as const) {
      const r = await run([...args]);
      expect([r.code, r.stdout, r.lines]).toEqual([2, '', [message, 'run "claimboard extract --help" for the flags']]);
    }
  });

  it('--strict turns a skipped record into an error and leaves the previous output untouched', async () => {
    writeFileSync(join(dir, 'claims.csv'), 'previous run\n');
    const r = await runToFiles([hostile('malformed-json.jsonl')], '--strict');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${hostile('malformed-json.jsonl')}:2: malformed JSON\n`);
    expect(readFileSync(r.out, 'utf8')).toBe('previous run\n');
    expect(readdirSync(dir)).toEqual(['claims.csv']); // no temp file, no papers.csv
  });
});

describe('extract CLI: outputs and summary', () => {
  it('writes header-only tables for an empty input', async () => {
    const r = await runToFiles([hostile('empty.jsonl')]);
    expect([r.code, r.stderr]).toEqual([0, '0 papers, 0 claims\n']);
    expect(readFileSync(r.out, 'utf8')).toBe(CLAIMS_HEADER);
    expect(readFileSync(r.papers, 'utf8')).toBe(PAPERS_HEADER);
  });

  it('warns with file and line, counts skipped records by reason, and still lists titled papers', async () => {
    const r = await runToFiles([hostile('missing-abstract.jsonl')]);
    const file = hostile('missing-abstract.jsonl');
    expect(r.code).toBe(0);
    expect(r.lines.slice(0, 3)).toEqual([
      `warning: ${file}:1: record without an abstract`, `warning: ${file}:3: record without a title`,
      `warning: ${file}:4: record without an abstract`,
    ]);
    expect(r.lines[3]).toMatch(/^3 papers, \d+ claims?, 3 records skipped \(2 without an abstract, 1 without a title\)$/);
    expect(r.paperRows!.map((p) => [p.paper_id, p.n_claims, p.abstract])).toEqual([
      ['x1', '0', ''], ['x2', expect.any(String), expect.stringMatching(/^We present FastServe/)], ['x4', '0', ''],
    ]);
  });

  it('keeps every paper with a duplicate id under a suffixed id', async () => {
    const r = await runToFiles([hostile('duplicate-ids.jsonl')]);
    const file = hostile('duplicate-ids.jsonl');
    expect(r.lines.slice(0, 2)).toEqual([
      `warning: ${file}:2: duplicate paper_id 2401.00001; written as 2401.00001-2`,
      `warning: ${file}:3: duplicate paper_id 2401.00001-2; written as 2401.00001-2-2`,
    ]);
    expect(r.paperRows!.map((p) => p.paper_id)).toEqual(['2401.00001', '2401.00001-2', '2401.00001-2-2']);
    expect(r.lines[2]).toMatch(/^3 papers, \d+ claims?, 2 duplicate paper_ids renamed$/);
  });

  it('writes numeric ids with the digits of the input, in both tables; warns of one short of its zeros', async () => {
    const r = await runToFiles([hostile('numeric-ids.jsonl')]);
    const ids = ['2406.10010', '1706.03762', '2312.00100', '12345678901234567890', '2.40610010e3', '2406.1001'];
    expect(r.paperRows!.map((p) => p.paper_id)).toEqual(ids);
    const claims = Papa.parse<Record<string, string>>(readFileSync(r.out, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect([...new Set(claims.map((c) => c.paper_id))]).toEqual(ids);
    expect(r.lines).toEqual([
      `warning: ${hostile('numeric-ids.jsonl')}:6: numeric id 2406.1001 is short of an arXiv id's 5 digits (2406.10010?): its trailing zeros were lost before this file was written; kept as written (quote ids in JSON)`,
      '6 papers, 6 claims',
    ]);
  });

  it('filters JSONL by category before extraction and reports the count', async () => {
    const r = await runToFiles([hostile('categories.jsonl')], '--filter-categories', 'cs.DC,cs.LG');
    expect(r.paperRows!.map((p) => p.paper_id)).toEqual(['2401.1', '2401.3']);
    expect(r.lines.at(-1)).toMatch(/^2 papers, \d+ claims?, 2 records filtered out by category$/);
  });

  it('reads several inputs of different formats in order, and stdin', async () => {
    const r = await runToFiles([hostile('csv-semicolons.csv'), hostile('listing-with-extras.txt')]);
    expect(r.code).toBe(0);
    expect(r.paperRows!.map((p) => p.paper_id)).toEqual(['s1', 's2', 'fastserve-fast-llm-serving', 'anchor-sampling-for-federated-learning']);
    const piped = await run(['-', '--papers', join(dir, 'p.csv')], readFileSync(hostile('bom-crlf.jsonl')));
    expect(piped.stdout.startsWith(CLAIMS_HEADER)).toBe(true);
    expect(readFileSync(join(dir, 'p.csv'), 'utf8').split('\r\n').map((l) => l.split(',')[0])).toEqual(['paper_id', 'b1', 'b2', '']);
  });

  it('reads piped stdin when no input is named, saying so on stderr', async () => {
    const r = await run(['--papers', join(dir, 'p.csv')], readFileSync(hostile('numeric-ids.jsonl')), true);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe('reading JSONL from stdin (no input named)');
    expect(r.lines.at(-1)).toBe('6 papers, 6 claims');
    expect(r.stdout.startsWith(CLAIMS_HEADER)).toBe(true);
    expect(readFileSync(join(dir, 'p.csv'), 'utf8').split('\r\n').map((l) => l.split(',')[0]).slice(1, 3)).toEqual(['2406.10010', '1706.03762']);
    const csv = await run(['--format', 'csv'], readFileSync(hostile('csv-semicolons.csv')), true);
    expect([csv.code, csv.lines[0]]).toEqual([0, 'reading CSV from stdin (no input named)']);
  });

  it('with no input and nothing piped, extracts the bundled sample: the listing page, then the systems abstracts', async () => {
    const r = await runToFiles([]);
    expect(r.code).toBe(0);
    const systems = readFileSync(join(ROOT, 'data/sample-systems.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id as string);
    expect(systems.length).toBeGreaterThanOrEqual(15);
    expect(r.paperRows!.slice(77).map((p) => p.paper_id)).toEqual(systems);
    expect(r.lines.at(-1)).toMatch(new RegExp(`^${77 + systems.length} papers, \\d+ claims$`));
  });

  it('--spreadsheet-safe escapes cells a spreadsheet would run; by default every span is its abstract\'s slice', async () => {
    const page = join(ROOT, 'data/sample-page.txt');
    const exact = await runToFiles([page]);
    const abstracts = new Map(exact.paperRows!.map((p) => [p.paper_id, p.abstract]));
    const rows = Papa.parse<Record<string, string>>(readFileSync(exact.out, 'utf8'), { header: true, skipEmptyLines: true }).data;
    for (const c of rows) expect(abstracts.get(c.paper_id)!.slice(Number(c.start), Number(c.end))).toBe(c.span);
    expect(rows.map((c) => c.span)).toContain('+0.8% absolute');
    const exactText = readFileSync(exact.out, 'utf8');
    const safe = await run([page, '--spreadsheet-safe', '--out', join(dir, 'safe.csv')]);
    expect(safe.code).toBe(0);
    const safeText = readFileSync(join(dir, 'safe.csv'), 'utf8');
    expect(safeText).toContain(`"'+0.8% absolute"`);
    expect(safeText).not.toBe(exactText);
    expect(parseClaimsCsv(safeText)).toEqual(parseClaimsCsv(exactText));
  });

  it('--debug prints what was found per paper', async () => {
    const r = await run([hostile('array-line.jsonl'), '--debug']);
    expect(r.lines.filter((l) => l.startsWith('debug: ')).map((l) => l.split(': ').slice(0, 3).join(': '))).toEqual([
      `debug: ${hostile('array-line.jsonl')}:1: FastServe`, `debug: ${hostile('array-line.jsonl')}:3: Anchor Sampling`,
    ]);
  });

  it('--summary prints the most-compared baselines and the systems with the most claims on stderr; stdout stays CSV', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      { id: 'p1', title: 'FastServe: Fast LLM Serving', abstract: 'We present FastServe. FastServe achieves up to 3x higher throughput than vLLM-0.2.7 and 2x over state-of-the-art methods.' },
      { id: 'p2', title: 'QuickServe: Quick LLM Serving', abstract: 'We present QuickServe. QuickServe improves throughput by 1.5x compared to vLLM v0.5.4 and 4x compared to HF Transformers.' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const r = await run([input, '--summary']);
    expect(r.code).toBe(0);
    expect(parseClaimsCsv(r.stdout).claims).toHaveLength(4);
    expect(r.lines).toEqual([
      '2 papers, 4 claims',
      'most-compared baselines (canonical names; generic phrases left out):',
      '  vLLM                           2 claims in 2 papers',
      '  Hugging Face Transformers       1 claim in 1 paper',
      'systems with the most claims:',
      '  FastServe       2 claims in 1 paper',
      '  QuickServe      2 claims in 1 paper',
    ]);
    const empty = await run([hostile('empty.jsonl'), '--summary']);
    expect(empty.lines).toEqual(['0 papers, 0 claims', 'most-compared baselines (canonical names; generic phrases left out): no named baselines',
      'systems with the most claims: no paper names its own system']);
  });

  it('writes claims to stdout when --out is not given; papers only with --papers', async () => {
    const r = await run([hostile('empty.jsonl')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, CLAIMS_HEADER, '0 papers, 0 claims\n']);
  });

  it('gives byte-identical output with --jobs 1 and --jobs 2 (worker threads), and the same --summary', async () => {
    const seed = readFileSync(join(ROOT, 'tests/fixtures/gold/seed.abstracts.jsonl'), 'utf8').trim().split('\n');
    // Eight copies with fresh ids: 616 papers, more than two batches of 256, so --jobs 2 starts workers.
    const input = join(dir, 'repeated.jsonl');
    writeFileSync(input, [0, 1, 2, 3, 4, 5, 6, 7].flatMap((k) => seed.map((l) => JSON.stringify({ ...JSON.parse(l), id: `${JSON.parse(l).id}-copy${k}` }))).join('\n'));
    const outputs = [];
    for (const jobs of ['1', '2']) {
      const r = await run([input, '--jobs', jobs, '--out', join(dir, `c${jobs}.csv`), '--papers', join(dir, `p${jobs}.csv`), '--summary']);
      expect(r.code).toBe(0);
      outputs.push([readFileSync(join(dir, `c${jobs}.csv`), 'utf8'), readFileSync(join(dir, `p${jobs}.csv`), 'utf8'), r.stderr]);
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[0][1].split('\r\n')).toHaveLength(616 + 2);
    // Tallied on the workers, added up in the CLI: eight copies of the seed's 4 claims against vLLM in 3 papers.
    expect(outputs[0][2]).toMatch(/^most-compared baselines.*:\n {2}vLLM +32 claims in 24 papers\n/m);
  }, 60_000);
});
