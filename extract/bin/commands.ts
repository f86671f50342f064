/**
 * The claimboard commands. Each one is loaded only when run (eval does not load the extractor). A new command
 * is one more entry in COMMANDS: a one-line summary and a `run(args, io)` that returns the exit code.
 */
import type { CliIo } from '../io/cli-io.ts';
import { didYouMean } from '../io/args.ts';

/** stdout, stderr, and stdin with whether it is piped (extract reads it when no input is named). */
export type CommandIo = CliIo;

interface Command {
  /** What it does, one line of `claimboard --help`. */
  summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  extract: {
    summary: 'abstracts (.txt listing page, .jsonl, .csv, stdin) → claims.csv, papers.csv',
    run: async (args, io) => (await import('../cli.ts')).runCli(args, io),
  },
  convert: {
    summary: 'a claims or papers table from CSV to Parquet or back (claims.csv → claims.parquet)',
    run: async (args, io) => (await import('../convert.ts')).runConvert(args, io),
  },
  eval: {
    summary: 'score a claims.csv against gold annotations (precision, recall, F1, per field)',
    run: async (args, io) => (await import('../eval.ts')).runEval(args, io),
  },
  bench: {
    summary: 'extraction rate and memory (figures only; --scale for 200,000 abstracts)',
    run: async (args, io) => (await import('../bench.ts')).runBench(args, io),
  },
  'gen-claims': {
    summary: 'seeded synthetic claims for testing the dashboard at scale',
    run: async (args, io) => (await import('../gen-claims.ts')).runGenCli(args, io),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  return [
    'usage: claimboard <command> [args]',
    '  in this repository: npx claimboard …; npm run -s extract|convert|eval|bench|gen:claims -- … run the same',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    'claimboard <command> --help shows the command\'s flags.',
    '',
  ].join('\n');
}

/** Runs `claimboard <command> [args]`; returns the exit code. */
export async function runCommand(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr.write(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    if (args[0] && Object.hasOwn(COMMANDS, args[0])) return COMMANDS[args[0]].run(['--help'], io);
    io.stdout.write(usage());
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    const meant = didYouMean(name.replace(/^-+/, ''), Object.keys(COMMANDS));
    io.stderr.write(`error: unknown command "${name}"${meant ? ` (did you mean ${meant}?)` : ''}; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  return COMMANDS[name].run(args, io);
}

// bin/claimboard.mjs takes the process's streams from here, with the commands.
export { processIo } from '../io/cli-io.ts';
