/**
 * The command line as users run it: the real bin (`npx claimboard`, `node extract/bin/claimboard.mjs`, `npm run`)
 * in child processes. stdout carries only data; messages and errors go to stderr.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCommand } from '../../extract/bin/commands.ts';
import { parseClaimsCsv } from '../../extract/core/table.ts';
import { CLAIM_COLUMNS } from '../../extract/core/fields.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'extract/bin/claimboard.mjs');
const NUMERIC_IDS = join(ROOT, 'tests/hostile/numeric-ids.jsonl');
const HEADER = CLAIM_COLUMNS.join(',');
const dir = mkdtempSync(join(tmpdir(), 'claimboard-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs a command; `stdin` is piped in when given, else stdin is /dev/null (not a terminal, nothing piped). */
function exec(command: string, args: string[], { stdin, cwd = ROOT }: { stdin?: string; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr!.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}
const claimboard = (args: string[], options?: { stdin?: string; cwd?: string }) => exec(process.execPath, [options?.cwd ? join(options.cwd, 'extract/bin/claimboard.mjs') : BIN, ...args], options);

describe('claimboard (the bin)', () => {
  it('npx claimboard extract in.jsonl > out.csv: the CSV starts with its header; numeric ids keep their digits', async () => {
    const papers = join(dir, 'papers.csv');
    const r = await exec('npx', ['claimboard', 'extract', NUMERIC_IDS, '--papers', papers]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(HEADER);
    const ids = ['2406.10010', '1706.03762', '2312.00100', '12345678901234567890', '2.40610010e3', '2406.1001'];
    expect([...new Set(parseClaimsCsv(r.stdout).claims.map((c) => c.paper_id))]).toEqual(ids);
    expect(readFileSync(papers, 'utf8').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(ids);
    expect(r.stderr).toBe(`warning: ${NUMERIC_IDS}:6: numeric id 2406.1001 is short of an arXiv id's 5 digits (2406.10010?): its trailing zeros were lost before this file was written; kept as written (quote ids in JSON)\n6 papers, 6 claims\n`);
  }, 30_000);

  it('a mistyped flag: exit 2, "did you mean --out?", nothing on stdout', async () => {
    expect(await claimboard(['extract', '--outt', 'x'])).toEqual({
      code: 2, stdout: '', stderr: 'error: unknown flag --outt (did you mean --out?)\nrun "claimboard extract --help" for the flags\n',
    });
  }, 30_000);

  it('cat in.jsonl | claimboard extract: piped stdin is read, with a note', async () => {
    const r = await claimboard(['extract'], { stdin: readFileSync(NUMERIC_IDS, 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('reading JSONL from stdin (no input named)');
    expect(parseClaimsCsv(r.stdout).claims[0].paper_id).toBe('2406.10010');
  }, 30_000);

  it('no input, nothing piped and no bundled sample: usage on stderr, exit 2', async () => {
    // A copy of the code without data/ (node_modules shared): the CLI finds its sample beside its own files.
    const bare = join(dir, 'bare');
    cpSync(join(ROOT, 'extract'), join(bare, 'extract'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(bare, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(bare, 'node_modules'));
    const r = await claimboard(['extract'], { cwd: bare });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([`error: no input named, and no bundled sample in ${join(bare, 'data')}`, '']);
    expect(r.stderr).toContain('\nusage: claimboard extract [input …] [flags]\n');
    expect(r.stderr).toContain('\n  -o, --out FILE ');
    // npm start (--if-missing) still goes on to serve the dashboard, which then opens empty.
    expect(await claimboard(['extract', '--if-missing'], { cwd: bare })).toEqual({ code: 0, stdout: '', stderr: `no bundled sample in ${join(bare, 'data')}: nothing to extract\n` });
  }, 30_000);

  it('--help: one line per flag, defaults, two examples, on stdout', async () => {
    const r = await claimboard(['extract', '--help']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^ {2}-o, --out FILE +write the claims to FILE: CSV, or Parquet when FILE ends in \.parquet .*\(default: stdout/m);
    expect(r.stdout).toMatch(/^ {6}--spreadsheet-safe +escape cells a spreadsheet would run.*\(default: exact text/m);
    expect(r.stdout.split('examples:\n')[1].trim().split('\n')).toHaveLength(2);
  }, 30_000);

  it('lists its commands; an unknown command is an error that names them', async () => {
    const help = await claimboard(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['extract', 'convert', 'eval', 'bench', 'gen-claims']) expect(help.stdout).toMatch(new RegExp(`^ {2}${command} +\\S`, 'm'));
    expect(await claimboard(['query'])).toEqual({
      code: 2, stdout: '', stderr: 'error: unknown command "query"; commands: extract, convert, eval, bench, gen-claims\n',
    });
    expect((await claimboard(['extrct'])).stderr).toBe('error: unknown command "extrct" (did you mean extract?); commands: extract, convert, eval, bench, gen-claims\n');
    expect((await claimboard(['convrt'])).stderr).toBe('error: unknown command "convrt" (did you mean convert?); commands: extract, convert, eval, bench, gen-claims\n');
    expect(await claimboard([])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^usage: claimboard <command>/) });
  }, 30_000);

  it('every command parses its flags the same way', async () => {
    const [evalRun, bench, gen, convert] = await Promise.all([
      claimboard(['eval', '--gold', 'g.jsonl', '--pred']), claimboard(['bench', '--scal']), claimboard(['gen-claims', '--rows', '3', '--seed', '2']),
      claimboard(['convert', 'claims.csv', 'claims.parquet', '--spreadsheet-saf']),
    ]);
    expect(convert).toEqual({ code: 2, stdout: '', stderr: 'error: unknown flag --spreadsheet-saf (did you mean --spreadsheet-safe?)\nrun "claimboard convert --help" for the flags\n' });
    expect(evalRun).toEqual({ code: 2, stdout: '', stderr: 'error: --pred needs a value (FILE)\nrun "claimboard eval --help" for the flags\n' });
    expect(bench).toEqual({ code: 2, stdout: '', stderr: 'error: unknown flag --scal (did you mean --scale?)\nrun "claimboard bench --help" for the flags\n' });
    expect(gen.code).toBe(0);
    expect(parseClaimsCsv(gen.stdout).claims).toHaveLength(3);
    expect(gen.stderr).toMatch(/^3 claims of \d+ papers \(seed 2, sample .*\) → stdout in \d+ ms\n$/);
  }, 30_000);

  it('claimboard extract … | head: a reader that stops early ends it quietly (no EPIPE stack)', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', join(ROOT, 'data/sample-page.txt')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => { stderr += t; });
    child.stdout.once('data', () => child.stdout.destroy()); // head -1: the header, then the pipe is closed
    const [code] = await once(child, 'close');
    expect([code, stderr]).toEqual([0, '']);
  }, 30_000);

  it('npm run -s extract -- … runs the same command', async () => {
    const r = await exec('npm', ['run', '-s', 'extract', '--', NUMERIC_IDS]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(HEADER);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('6 papers, 6 claims');
  }, 30_000);
});

describe('adding a command', () => {
  it('is one entry in COMMANDS: dispatched with its arguments, listed in --help, no longer unknown', async () => {
    const out = { stdout: '', stderr: '' };
    const io = { stdout: { write: (t: string) => { out.stdout += t; } }, stderr: { write: (t: string) => { out.stderr += t; } } };
    const seen: string[][] = [];
    COMMANDS.count = { summary: 'claims per paper', run: async (args) => { seen.push(args); return 0; } };
    try {
      expect(await runCommand(['count', 'claims.csv', '-o', 'counts.csv'], io)).toBe(0);
      expect(seen).toEqual([['claims.csv', '-o', 'counts.csv']]);
      expect(await runCommand(['--help'], io)).toBe(0);
      expect(out.stdout).toMatch(/^ {2}count +claims per paper$/m);
      expect(out.stderr).toBe('');
    } finally {
      delete COMMANDS.count;
    }
  });
});
