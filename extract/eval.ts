/**
 * npm run eval -- --gold gold.claims.jsonl --papers gold.papers.jsonl --pred claims.csv [--pred-papers papers.csv]
 *                 [--verbose] [--json]
 * Scores an extractor run against gold annotations (spec §7); the scoring itself is in eval-core.ts.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parseClaimsCsv } from './core/table.ts';
import { formatDetails, formatSummary, parsePredPapers, score, toGoldClaim, toGoldPaper } from './eval-core.ts';
import { fileErrorReason, UserError } from './io/errors.ts';
import { readJsonObjects } from './io/json-lines.ts';

export interface EvalIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = 'usage: npm run eval -- --gold gold.claims.jsonl --papers gold.papers.jsonl --pred claims.csv [--pred-papers papers.csv] [--verbose] [--json]\n';

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
  let opts;
  try {
    opts = parseArgs({
      args, strict: true, allowPositionals: false,
      options: {
        gold: { type: 'string' }, papers: { type: 'string' }, pred: { type: 'string' },
        'pred-papers': { type: 'string' }, verbose: { type: 'boolean' }, json: { type: 'boolean' },
      },
    }).values;
  } catch (err) {
    io.stderr.write(`error: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!opts.gold || !opts.papers || !opts.pred) {
    io.stderr.write(`error: --gold, --papers and --pred are required\n${USAGE}`);
    return 2;
  }
  try {
    const goldClaims = (await load(opts.gold, readJsonObjects)).map(toGoldClaim);
    const goldPapers = (await load(opts.papers, readJsonObjects)).map(toGoldPaper);
    const pred = await load(opts.pred, async (p) => parseClaimsCsv(await readFile(p, 'utf8')));
    const predPapersPath = opts['pred-papers'];
    const predPapers = predPapersPath ? await load(predPapersPath, async (p) => parsePredPapers(await readFile(p, 'utf8'))) : null;
    for (const issue of pred.issues) io.stderr.write(`warning: ${opts.pred}:${issue.line}: ${issue.message}\n`);

    const result = score(goldPapers, goldClaims, pred.claims, predPapers);
    if (opts.json) {
      const { misses, extras, wrong_fields, ...summary } = result;
      io.stdout.write(JSON.stringify(opts.verbose ? result : summary, null, 2) + '\n');
    } else {
      io.stdout.write(formatSummary(result) + '\n');
      if (opts.verbose) io.stdout.write('\n' + formatDetails(result) + '\n');
    }
    return 0;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    io.stderr.write(`error: ${err.message}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runEval(process.argv.slice(2), process);
}
