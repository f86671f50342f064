/**
 * A gold set scored in-process: its abstracts through the JSONL reader and extractPaper, the claims through the CSV
 * (as `claimboard extract` writes them), then the scorer. `claimboard eval --set NAME` and the floors test use it.
 */
import { fileURLToPath } from 'node:url';
import { createExtractor, DEFAULT_CONFIG, type ExtractorConfig } from './core/extract.ts';
import { claimsToCsv, parseClaimsCsv } from './core/table.ts';
import type { Claim, PaperRow } from './core/types.ts';
import { score, type Score } from './eval-core.ts';
import { toGoldClaim, toGoldPaper } from './eval-input.ts';
import { readJsonObjects } from './io/json-lines.ts';
import { readInput } from './io/readers.ts';

/** The gold sets kept in the repository (copied from ../shared/gold). */
export const GOLD_SETS = ['seed', 'arxiv-tune', 'arxiv-check'] as const;
export type GoldSet = (typeof GOLD_SETS)[number];

export const goldFile = (name: string) => fileURLToPath(new URL(`../tests/fixtures/gold/${name}`, import.meta.url));

/** `config`: another extractor's configuration (e.g. the default without one refiner, `eval --without`). */
export async function scoreGoldSet(set: GoldSet, config: ExtractorConfig = DEFAULT_CONFIG): Promise<{ score: Score; papers: number }> {
  const extractor = createExtractor(config);
  const claims: Claim[] = [];
  const papers: PaperRow[] = [];
  for await (const event of readInput({ path: goldFile(`${set}.abstracts.jsonl`), format: 'jsonl' })) {
    if (event.kind !== 'paper') throw new Error(`unexpected ${event.kind} in the gold abstracts of ${set}`);
    const result = extractor.extractPaper(event.paper);
    papers.push(result.paper);
    claims.push(...result.claims);
  }
  const predicted = parseClaimsCsv(claimsToCsv(claims)).claims;
  return {
    score: score(
      (await readJsonObjects(goldFile(`${set}.papers.jsonl`))).map(toGoldPaper),
      (await readJsonObjects(goldFile(`${set}.claims.jsonl`))).map(toGoldClaim),
      predicted, papers,
    ),
    papers: papers.length,
  };
}
