/**
 * The one flag parser of every claimboard command (extract, eval, bench, gen-claims, …): a command declares its
 * flags once, and the same declaration parses the arguments, writes `--help` and suggests the flag meant when one
 * is mistyped. Errors are one line for the user (no parser internals), and the command exits 2 on them.
 */

export interface FlagSpec {
  /** Long name without the dashes: `out` is `--out`. */
  readonly name: string;
  /** One letter: `o` is `-o`. */
  readonly short?: string;
  /** Placeholder of the flag's value (`FILE`, `N`); a flag without one is a switch. */
  readonly value?: string;
  /** What the flag does, one line. */
  readonly help: string;
  /** What happens without the flag, shown as "(default: …)". */
  readonly default?: string;
  /** The command cannot run without it (valued flags only). */
  readonly required?: boolean;
}

export interface CommandSpec {
  /** How the command is run: `claimboard extract`. */
  readonly command: string;
  /** What it does, one line. */
  readonly summary: string;
  /** Operands after the command, as shown in the usage line (`[input …]`); none when absent. */
  readonly operands?: string;
  /** Lines explaining the operands, shown under the usage line. */
  readonly operandHelp?: readonly string[];
  readonly flags: readonly FlagSpec[];
  readonly examples: readonly string[];
}

/** A flag's value after parsing: the text for a valued flag (undefined when not given), true/false for a switch. */
export type FlagValues<F extends readonly FlagSpec[]> = {
  -readonly [K in F[number] as K['name']]: K extends { readonly required: true } ? string
    : K extends { readonly value: string } ? string | undefined : boolean;
};

export type ParsedArgs<F extends readonly FlagSpec[]> =
  | { help: true }
  | { help: false; flags: FlagValues<F>; operands: string[] };

/** Bad arguments: the message is shown as `error: <message>` with a pointer to --help; exit code 2. */
export class ArgsError extends Error {}

const HELP: FlagSpec = { name: 'help', short: 'h', help: 'show this help' };

/** Edit distance with transpositions (`--otu` is one step from `--out`). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The name meant by a mistyped `word`, if one stands out: the only name it starts (`pap` → `papers`), else the
 * nearest name within a third of its length in edits (`outt` → `out`, `fromat` → `format`).
 */
export function didYouMean(word: string, names: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const prefixed = names.filter((n) => n.startsWith(w));
  if (w.length >= 2 && prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const distance = editDistance(w, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function unknownFlag(spec: CommandSpec, written: string): ArgsError {
  const word = written.replace(/^-+/, '').split('=')[0];
  const names = [...spec.flags, HELP].map((f) => f.name);
  const meant = didYouMean(word, names);
  return new ArgsError(`unknown flag ${written.split('=')[0]}${meant ? ` (did you mean --${meant}?)` : ''}`);
}

/**
 * Parses `args` by `spec`: `--name value`, `--name=value`, `-x value`, switches `--name`; `--` ends the flags;
 * `-` alone is an operand (stdin). A flag given twice keeps the last value. Throws ArgsError on anything else.
 */
export function parseArgs<const S extends CommandSpec>(spec: S, args: readonly string[]): ParsedArgs<S['flags']> {
  const flags: Record<string, string | boolean | undefined> = {};
  for (const f of spec.flags) flags[f.name] = f.value === undefined ? false : undefined;
  const operands: string[] = [];
  const byLong = new Map([...spec.flags, HELP].map((f) => [f.name, f]));
  const byShort = new Map([...spec.flags, HELP].flatMap((f) => (f.short ? [[f.short, f] as const] : [])));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const key = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1, 2);
    const flag = long ? byLong.get(key) : arg.length === 2 || arg[2] === '=' ? byShort.get(key) : undefined;
    if (!flag) throw unknownFlag(spec, arg);
    if (flag === HELP) return { help: true };
    const shown = long ? `--${flag.name}` : `-${flag.short}`;
    const inline = eq >= 0 && (long || eq === 2) ? arg.slice(eq + 1) : undefined;
    if (flag.value === undefined) {
      if (inline !== undefined) throw new ArgsError(`${shown} takes no value (got "${inline}")`);
      flags[flag.name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      // A following flag is not a value: `--out --papers p.csv` forgot the file name.
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new ArgsError(`${shown} needs a value (${flag.value})`);
      value = next;
      i++;
    }
    flags[flag.name] = value;
  }
  if (spec.operands === undefined && operands.length > 0) throw new ArgsError(`unexpected argument "${operands[0]}"`);
  const missing = spec.flags.filter((f) => f.required && flags[f.name] === undefined).map((f) => `--${f.name}`);
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
    throw new ArgsError(`${list} ${missing.length === 1 ? 'is' : 'are'} required`);
  }
  return { help: false, flags: flags as FlagValues<S['flags']>, operands };
}

/** `--help`: what the command does, its usage, one line per flag (what it does, its default), examples. */
export function formatHelp(spec: CommandSpec): string {
  const flags = [...spec.flags, HELP];
  const left = flags.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  const lines = [
    `${spec.command}: ${spec.summary}`,
    '',
    `usage: ${spec.command}${spec.operands ? ` ${spec.operands}` : ''} [flags]`,
    ...(spec.operandHelp ?? []).map((l) => `  ${l}`),
    '',
    'flags:',
    ...flags.map((f, i) => `  ${left[i].padEnd(width)}${f.help}${f.required ? ' (required)' : f.default ? ` (default: ${f.default})` : ''}`),
    '',
    'examples:',
    ...spec.examples.map((e) => `  ${e}`),
  ];
  return lines.join('\n') + '\n';
}

/** The line after an argument error: where to look. */
export function helpHint(spec: CommandSpec): string {
  return `run "${spec.command} --help" for the flags`;
}
