/**
 * The extractor's quality floors on the gold seed set: the whole pipeline in-process
 * (JSONL reader → extractPaper → claims CSV → scorer). Fails until the extractor meets them.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { extractPaper } from '../../extract/core/extract.ts';
import { claimsToCsv, parseClaimsCsv } from '../../extract/core/table.ts';
import type { Claim, PaperRow } from '../../extract/core/types.ts';
import { SCORED_FIELDS, score, toGoldClaim, toGoldPaper } from '../../extract/eval-core.ts';
import { readJsonObjects } from '../../extract/io/json-lines.ts';
import { readInput } from '../../extract/io/readers.ts';

const gold = (name: string) => fileURLToPath(new URL(`../fixtures/gold/${name}`, import.meta.url));

describe('eval floors on tests/fixtures/gold', async () => {
  const claims: Claim[] = [];
  const papers: PaperRow[] = [];
  for await (const event of readInput({ path: gold('seed.abstracts.jsonl'), format: 'jsonl' })) {
    if (event.kind !== 'paper') throw new Error(`unexpected ${event.kind} in the gold abstracts`);
    const result = extractPaper(event.paper);
    papers.push(result.paper);
    claims.push(...result.claims);
  }
  // Through the CSV, as `npm run extract` → `npm run eval` would see it.
  const predicted = parseClaimsCsv(claimsToCsv(claims)).claims;
  const s = score(
    (await readJsonObjects(gold('seed.papers.jsonl'))).map(toGoldPaper),
    (await readJsonObjects(gold('seed.claims.jsonl'))).map(toGoldClaim),
    predicted, papers,
  );

  it('reads all 77 gold papers', () => expect(papers).toHaveLength(77));
  it('claim F1 >= 0.97', () => expect(s.f1 ?? 0).toBeGreaterThanOrEqual(0.97));
  it('tuple F1 >= 0.90', () => expect(s.tuple.f1 ?? 0).toBeGreaterThanOrEqual(0.9));
  it.each(SCORED_FIELDS)('%s accuracy >= 0.90', (field) => expect(s.fields[field].accuracy ?? 0).toBeGreaterThanOrEqual(0.9));
  it('topic accuracy >= 0.80', () => expect(s.topic?.accuracy ?? 0).toBeGreaterThanOrEqual(0.8));
});
