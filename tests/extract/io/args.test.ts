/** The shared flag parser: what it accepts, what it refuses (one line, a suggestion), and the --help it writes. */
import { describe, expect, it } from 'vitest';
import { ArgsError, didYouMean, formatHelp, parseArgs, type CommandSpec } from '../../../extract/io/args.ts';
import { EXTRACT_COMMAND } from '../../../extract/cli.ts';
import { EVAL_COMMAND } from '../../../extract/eval.ts';
import { BENCH_COMMAND } from '../../../extract/bench.ts';
import { GEN_CLAIMS_COMMAND } from '../../../extract/gen-claims.ts';

const SPEC = {
  command: 'claimboard try',
  summary: 'tries the parser',
  operands: '[file …]',
  flags: [
    { name: 'out', short: 'o', value: 'FILE', help: 'where to write', default: 'stdout' },
    { name: 'jobs', value: 'N', help: 'threads' },
    { name: 'strict', help: 'be strict', default: 'off' },
    { name: 'filter-categories', value: 'a,b', help: 'keep these' },
  ],
  examples: ['claimboard try a.jsonl', 'claimboard try -o x.csv'],
} as const satisfies CommandSpec;

const error = (args: string[], spec: CommandSpec = SPEC) => {
  try {
    parseArgs(spec, args);
  } catch (err) {
    expect(err).toBeInstanceOf(ArgsError);
    return (err as Error).message;
  }
  throw new Error(`no error for ${args.join(' ')}`);
};

describe('parseArgs', () => {
  it('reads --flag value, --flag=value, -o value, switches and operands in any order', () => {
    expect(parseArgs(SPEC, ['a.jsonl', '--out', 'c.csv', '--strict', '-', '--jobs=2', 'b.csv'])).toEqual({
      help: false, operands: ['a.jsonl', '-', 'b.csv'], flags: { out: 'c.csv', jobs: '2', strict: true, 'filter-categories': undefined },
    });
    expect(parseArgs(SPEC, ['-o', '-', '-o=last.csv']).help === false && parseArgs(SPEC, ['-o', 'x', '-o=last.csv'])).toMatchObject({ flags: { out: 'last.csv' } });
    expect(parseArgs(SPEC, ['--', '--strict', '-o'])).toMatchObject({ operands: ['--strict', '-o'], flags: { strict: false } });
    expect(parseArgs(SPEC, ['--jobs', '2', '--help', '--bogus'])).toEqual({ help: true });
    expect(parseArgs(SPEC, ['-h'])).toEqual({ help: true });
  });

  it('refuses unknown flags with the flag meant, when one stands out', () => {
    expect(error(['--outt', 'x'])).toBe('unknown flag --outt (did you mean --out?)');
    expect(error(['--otu=x'])).toBe('unknown flag --otu (did you mean --out?)');
    expect(error(['-out', 'x'])).toBe('unknown flag -out (did you mean --out?)');
    expect(error(['--filter', 'cs.LG'])).toBe('unknown flag --filter (did you mean --filter-categories?)');
    expect(error(['--STRICT'])).toBe('unknown flag --STRICT (did you mean --strict?)');
    expect(error(['--bogus'])).toBe('unknown flag --bogus');
    expect(error(['-x'])).toBe('unknown flag -x');
  });

  it('says what is wrong with a value, an operand or a required flag', () => {
    expect(error(['--out'])).toBe('--out needs a value (FILE)');
    expect(error(['-o', '--strict'])).toBe('-o needs a value (FILE)');
    expect(error(['--strict=yes'])).toBe('--strict takes no value (got "yes")');
    const noOperands = { ...SPEC, operands: undefined };
    expect(error(['stray.csv'], noOperands)).toBe('unexpected argument "stray.csv"');
    const required = { ...SPEC, flags: [{ name: 'gold', value: 'F', help: 'g', required: true }, { name: 'pred', value: 'F', help: 'p', required: true }] };
    expect(error([], required)).toBe('--gold and --pred are required');
    expect(error(['--pred', 'p'], required)).toBe('--gold is required');
  });
});

describe('didYouMean', () => {
  it('suggests the only name a word starts, or the nearest within a third of its length', () => {
    expect(didYouMean('pap', ['papers', 'pred'])).toBe('papers');
    expect(didYouMean('p', ['papers', 'pred'])).toBeUndefined();
    expect(didYouMean('fromat', ['format', 'out'])).toBe('format');
    expect(didYouMean('extrct', ['extract', 'eval'])).toBe('extract');
    expect(didYouMean('convert', ['extract', 'eval', 'bench'])).toBeUndefined();
  });
});

describe('formatHelp', () => {
  it('one line per flag with what it does and its default, then two examples', () => {
    expect(formatHelp(SPEC)).toBe([
      'claimboard try: tries the parser',
      '',
      'usage: claimboard try [file …] [flags]',
      '',
      'flags:',
      '  -o, --out FILE               where to write (default: stdout)',
      '      --jobs N                 threads',
      '      --strict                 be strict (default: off)',
      '      --filter-categories a,b  keep these',
      '  -h, --help                   show this help',
      '',
      'examples:',
      '  claimboard try a.jsonl',
      '  claimboard try -o x.csv',
      '',
    ].join('\n'));
  });

  it('every command documents each flag on one line, with two examples', () => {
    for (const spec of [EXTRACT_COMMAND, EVAL_COMMAND, BENCH_COMMAND, GEN_CLAIMS_COMMAND] as CommandSpec[]) {
      const help = formatHelp(spec);
      for (const f of spec.flags) {
        const line = help.split('\n').find((l) => l.includes(`--${f.name}${f.value ? ` ${f.value}` : ''} `));
        expect(line, `${spec.command} --${f.name}`).toContain(f.help);
        expect(f.required || f.default !== undefined || f.value === undefined, `${spec.command} --${f.name} says its default`).toBe(true);
      }
      expect(spec.examples).toHaveLength(2);
      for (const example of spec.examples) expect(`${example} `).toContain(`${spec.command} `);
    }
    expect(formatHelp(EXTRACT_COMMAND)).toMatch(/^ {2}-o, --out FILE +write the claims to FILE: CSV, or Parquet when FILE ends in \.parquet \(- is stdout\) \(default: stdout; data\/claims\.csv for the sample\)$/m);
  });
});
