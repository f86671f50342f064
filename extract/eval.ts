/**
 * claimboard eval --gold gold.claims.jsonl --papers gold.papers.jsonl --pred claims.csv [--pred-papers papers.csv]
 *                 [--verbose] [--json]
 * claimboard eval --set seed|arxiv-tune|arxiv-check|all [--without REFINER,…] [--verbose] [--json]
 * Scores an extractor run against gold annotations (spec §7), or extracts a gold set kept in the repository and scores
 * it; the scoring itself is in eval-core.ts.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseClaimsCsv } from './core/table.ts';
import { score, type Score } from './eval-core.ts';
import { formatDetails, formatSummary } from './eval-format.ts';
import { parsePredPapers, toGoldClaim, toGoldPaper } from './eval-input.ts';
import { GOLD_SETS, scoreGoldSet } from './eval-set.ts';
import { DEFAULT_CONFIG, withoutRefiners } from './core/extract.ts';
import { ArgsError, formatHelp, helpHint, parseArgs, type CommandSpec } from './io/args.ts';
import { fileErrorReason, UserError } from './io/errors.ts';
import { readJsonObjects } from './io/json-lines.ts';

export interface EvalIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export const EVAL_COMMAND = {
  command: 'claimboard eval',
  summary: 'scores a claims.csv (exact or spreadsheet-safe) against gold annotations, paper by paper (matched by title)',
  flags: [
    { name: 'set', value: 'NAME', help: `extract a gold set of tests/fixtures/gold and score it: ${GOLD_SETS.join(', ')} or all`, default: 'score --pred against --gold' },
    { name: 'gold', value: 'FILE', help: 'gold claims, one JSON object per line (spec §7); required without --set', default: 'none' },
    { name: 'papers', value: 'FILE', help: 'gold papers, one JSON object per line; required without --set', default: 'none' },
    { name: 'pred', value: 'FILE', help: 'the claims.csv to score; required without --set', default: 'none' },
    { name: 'pred-papers', value: 'FILE', help: "the run's papers.csv, for topic accuracy", default: 'topic accuracy n/a' },
    { name: 'without', value: 'A,B', help: 'with --set: leave these refiners out (A/B: what each is worth)', default: 'all refiners' },
    { name: 'verbose', help: 'also list every miss, extra and wrong field', default: 'figures only' },
    { name: 'json', help: 'print the figures as JSON', default: 'a text table' },
  ],
  examples: [
    'claimboard eval --set arxiv-tune --verbose',
    'claimboard eval --gold g.claims.jsonl --papers g.papers.jsonl --pred claims.csv --pred-papers papers.csv --verbose',
  ],
} as const satisfies CommandSpec;

/** Reads one input; any failure becomes `cannot read <path>: <reason>`. */
async function load<T>(path: string, parse: (path: string) => Promise<T>): Promise<T> {
  try {
    return await parse(path);
  } catch (err) {
    throw new UserError(`cannot read ${path}: ${fileErrorReason(err)}`);
  }
}

/** Runs the eval with CLI arguments; returns the exit code. */
export async function runEval(args: string[], io: EvalIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(EVAL_COMMAND, args);
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err;
    io.stderr.write(`error: ${err.message}\n${helpHint(EVAL_COMMAND)}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(formatHelp(EVAL_COMMAND));
    return 0;
  }
  const opts = parsed.flags;
  if (opts.set !== undefined) return evalSets(opts.set, opts, io);
  const missing = (['gold', 'papers', 'pred'] as const).filter((k) => opts[k] === undefined).map((k) => `--${k}`);
  if (missing.length) {
    io.stderr.write(`error: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required (or --set NAME)\n${helpHint(EVAL_COMMAND)}\n`);
    return 2;
  }
  try {
    const goldClaims = (await load(opts.gold!, readJsonObjects)).map(toGoldClaim);
    const goldPapers = (await load(opts.papers!, readJsonObjects)).map(toGoldPaper);
    const pred = await load(opts.pred!, async (p) => parseClaimsCsv(await readFile(p, 'utf8')));
    const predPapersPath = opts['pred-papers'];
    const predPapers = predPapersPath ? await load(predPapersPath, async (p) => parsePredPapers(await readFile(p, 'utf8'))) : null;
    for (const issue of pred.issues) io.stderr.write(`warning: ${opts.pred}:${issue.line}: ${issue.message}\n`);

    writeScore(score(goldPapers, goldClaims, pred.claims, predPapers), opts, io);
    return 0;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    io.stderr.write(`error: ${err.message}\n`);
    return 2;
  }
}

function writeScore(result: Score, opts: { json: boolean; verbose: boolean }, io: EvalIo): void {
  if (opts.json) {
    const { misses, extras, wrong_fields, wrong_systems, ...summary } = result;
    io.stdout.write(JSON.stringify(opts.verbose ? result : summary, null, 2) + '\n');
  } else {
    io.stdout.write(formatSummary(result) + '\n');
    if (opts.verbose) io.stdout.write('\n' + formatDetails(result) + '\n');
  }
}

async function evalSets(name: string, opts: { json: boolean; verbose: boolean; without?: string }, io: EvalIo): Promise<number> {
  const sets = name === 'all' ? GOLD_SETS : GOLD_SETS.filter((s) => s === name);
  if (sets.length === 0) {
    io.stderr.write(`error: --set: no gold set "${name}" (one of ${GOLD_SETS.join(', ')}, all)\n${helpHint(EVAL_COMMAND)}\n`);
    return 2;
  }
  let config = DEFAULT_CONFIG;
  try {
    if (opts.without) config = withoutRefiners(DEFAULT_CONFIG, opts.without.split(',').map((s) => s.trim()).filter(Boolean));
  } catch (err) {
    io.stderr.write(`error: --without: ${(err as Error).message}\n`);
    return 2;
  }
  for (const set of sets) {
    if (sets.length > 1 && !opts.json) io.stdout.write(`${set}\n`);
    writeScore((await scoreGoldSet(set, config)).score, opts, io);
    if (sets.length > 1 && !opts.json) io.stdout.write('\n');
  }
  return 0;
}

// Run as a file (`tsx extract/eval.ts …`): the same as `claimboard eval …`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runEval(process.argv.slice(2), process);
}
