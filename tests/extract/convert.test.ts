import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../extract/cli.ts';
import { runConvert } from '../../extract/convert.ts';
import { CLAIM_COLUMNS } from '../../extract/core/fields.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Spans starting with + and -, LaTeX, quotes, commas, CR/LF inside abstracts, non-ASCII and astral titles, a formula title. */
const TRICKY = join(ROOT, 'tests/fixtures/parquet/tricky.abstracts.jsonl');
const SAMPLE = join(ROOT, 'data/sample-page.txt');

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'claimboard-convert-')); });
const at = (name: string) => join(dir, name);

function fakeIo() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: { write: (s: string) => { out.stdout += s; } }, stderr: { write: (s: string) => { out.stderr += s; } } } };
}
async function extract(args: string[]) {
  const { out, io } = fakeIo();
  const code = await runCli(args, io);
  expect([code, out.stderr]).toEqual([0, expect.stringMatching(/papers?, \d+ claims?\n$/)]);
}
async function convert(args: string[]) {
  const { out, io } = fakeIo();
  return { code: await runConvert(args, io), ...out };
}

describe('extract → Parquet → convert → CSV', () => {
  it.each([[[]], [['--spreadsheet-safe']]])('is byte-identical with the CSV extract writes directly (%j), both tables', async (flags) => {
    const inputs = [TRICKY, SAMPLE];
    await extract([...inputs, ...flags, '--jobs', '1', '-o', at('direct.csv'), '--papers', at('direct-papers.csv')]);
    await extract([...inputs, '--jobs', '1', '-o', at('c.parquet'), '--papers', at('p.parquet')]);
    expect(await convert([at('c.parquet'), at('back.csv'), ...flags])).toMatchObject({ code: 0, stderr: expect.stringMatching(/^\d+ claims → /) });
    expect(await convert([at('p.parquet'), at('back-papers.csv'), ...flags])).toMatchObject({ code: 0 });
    const direct = readFileSync(at('direct.csv'), 'utf8');
    expect(readFileSync(at('back.csv'), 'utf8')).toBe(direct);
    expect(readFileSync(at('back-papers.csv'), 'utf8')).toBe(readFileSync(at('direct-papers.csv'), 'utf8'));
    // The tricky cells are there to be compared: + and - starts, LaTeX, an abstract with CR LF, a formula title.
    for (const cell of ['+0.8% absolute', '-1.2 points', '$2.5\\times$', '=cmd|', '🚀']) expect(direct).toContain(cell);
    expect(readFileSync(at('direct-papers.csv'), 'utf8')).toContain('quotes).\r\nIt reaches');
  }, 60_000);

  it('CSV → Parquet → CSV gives the same bytes; a spreadsheet-safe CSV becomes exact text in Parquet', async () => {
    await extract([TRICKY, '--jobs', '1', '-o', at('exact.csv')]);
    await extract([TRICKY, '--jobs', '1', '--spreadsheet-safe', '-o', at('safe.csv')]);
    expect((await convert([at('exact.csv'), at('a.parquet')])).code).toBe(0);
    expect((await convert([at('a.parquet'), at('a.csv')])).code).toBe(0);
    expect(readFileSync(at('a.csv'), 'utf8')).toBe(readFileSync(at('exact.csv'), 'utf8'));
    expect((await convert([at('safe.csv'), at('b.parquet')])).code).toBe(0);
    expect(readFileSync(at('b.parquet'))).toEqual(readFileSync(at('a.parquet')));
  });

  it('writes the same Parquet bytes with --jobs 1 and --jobs 2; DuckDB reads the extract\'s file', async () => {
    await extract([TRICKY, SAMPLE, '--jobs', '1', '-o', at('c1.parquet')]);
    await extract([TRICKY, SAMPLE, '--jobs', '2', '-o', at('c2.parquet')]);
    expect(readFileSync(at('c2.parquet'))).toEqual(readFileSync(at('c1.parquet')));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      const rows = (await con.runAndReadAll(`SELECT span, start, "end" FROM read_parquet('${at('c1.parquet')}') WHERE paper_id = 'q2' ORDER BY start`)).getRowObjectsJson();
      const abstract = JSON.parse(readFileSync(TRICKY, 'utf8').split('\n')[1]).abstract as string;
      expect(rows.map((r) => r.span)).toEqual(['30%', '-1.2 points', '−15%', '91.07 fps']);
      for (const r of rows) expect(abstract.slice(Number(r.start), Number(r.end))).toBe(r.span);
    } finally {
      con.closeSync();
    }
  }, 60_000);
});

describe('convert: bad input', () => {
  async function expectRefused(args: string[], message: string) {
    const r = await convert(args);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${message}\n`]);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }

  it('a truncated Parquet file: one line naming the file, nothing written', async () => {
    await extract([TRICKY, '--jobs', '1', '-o', at('whole.parquet')]);
    const bytes = readFileSync(at('whole.parquet'));
    writeFileSync(at('cut.parquet'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = readdirSync(dir).sort();
    await expectRefused([at('cut.parquet'), at('out.csv')], `error: ${at('cut.parquet')}: not a Parquet file, or cut short (parquet file invalid (footer != PAR1))`);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('a file that is not Parquet, one that does not exist, a table of neither kind', async () => {
    writeFileSync(at('claims.parquet'), 'paper_id,title\r\n');
    await expectRefused([at('claims.parquet'), at('out.csv')], `error: ${at('claims.parquet')}: not a Parquet file, or cut short (parquet file invalid (footer != PAR1))`);
    await expectRefused([at('none.parquet'), at('out.csv')], `error: cannot read ${at('none.parquet')}: no such file or directory`);
    writeFileSync(at('other.csv'), 'a,b\r\n1,2\r\n');
    await expectRefused([at('other.csv'), at('out.parquet')], `error: ${at('other.csv')}: not a claims or papers table (columns: a, b)`);
    expect(readdirSync(dir).sort()).toEqual(['claims.parquet', 'other.csv']);
  });

  it('a Parquet file named .csv, a number cell that is not a number, the wrong number of arguments', async () => {
    await extract([TRICKY, '--jobs', '1', '-o', at('real.parquet')]);
    writeFileSync(at('real.csv'), readFileSync(at('real.parquet')));
    await expectRefused([at('real.csv'), at('x.parquet')], `error: ${at('real.csv')}: looks binary, not text (a Parquet file needs the .parquet extension)`);
    writeFileSync(at('bad.csv'), `${CLAIM_COLUMNS.join(',')}\r\np,T,,Other,speed,relative,increase,abc,2,x,exact,,,,,,,2x,0,2,e\r\n`);
    await expectRefused([at('bad.csv'), at('x.parquet')], `error: ${at('bad.csv')}:2: value_low "abc" is not a number`);
    expect(existsSync(at('x.parquet'))).toBe(false);
    const r = await convert([at('bad.csv')]);
    expect([r.code, r.stderr]).toEqual([2, 'error: needs an input and an output file, got 1 argument\nrun "claimboard convert --help" for the flags\n']);
  });

  it('warns of a spec column the input lacks (written empty) and of columns it does not know (left out)', async () => {
    writeFileSync(at('old.csv'), 'title,metric,value_low,unit,extra\r\nT,speed,2,x,z\r\n');
    const r = await convert([at('old.csv'), '-']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      `warning: ${at('old.csv')}: no column ${CLAIM_COLUMNS.filter((c) => !['title', 'metric', 'value_low', 'unit'].includes(c)).join(', ')}; written empty`,
      `warning: ${at('old.csv')}: column extra is not a claims column; left out`,
    ]);
    const given: Record<string, string> = { title: 'T', metric: 'speed', value_low: '2', unit: 'x' };
    expect(r.stdout).toBe(`${CLAIM_COLUMNS.join(',')}\r\n${CLAIM_COLUMNS.map((c) => given[c] ?? '').join(',')}\r\n`);
  });
});
