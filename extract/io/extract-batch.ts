/**
 * Extraction of one batch of papers into CSV rows, shared by the in-process path and the worker threads so
 * both give identical output. Serialising here keeps the main thread free for reading and writing, and
 * sends workers' results back as two strings instead of many objects.
 * One paper's extractor failure is reported, not fatal to the run.
 */
import { extractPaper, type ExtractOptions } from '../core/extract.ts';
import type { Candidate } from '../core/candidate.ts';
import { claimsToCsv, papersToCsv } from '../core/table.ts';
import type { Claim, PaperInput, PaperResult } from '../core/types.ts';
import { tallyComparisons, type ComparisonTally } from './summary.ts';

export interface BatchOutput {
  /** claims.csv rows without header, each ending in CRLF; '' when there are none. */
  claimsCsv: string;
  papersCsv: string;
  claims: number;
  papers: number;
  /** Papers whose extraction threw, by index in the batch; they are left out of both tables. */
  failures: { index: number; error: string }[];
  /** With `debug`: per paper (failures excluded), what was found, e.g. `2 claims: "up to 4x" speed 4 x; …`. */
  found: { index: number; text: string }[];
  /** With `summary`: the batch's baselines and systems by canonical name (--summary). */
  tally?: ComparisonTally;
}

export interface BatchOptions {
  /** Collect what was found per paper (`found`). */
  debug: boolean;
  /** Write the rows spreadsheet-safe (formula cells escaped) instead of exact. */
  spreadsheetSafe: boolean;
  /** Tally the batch's baselines and systems (`tally`). */
  summary?: boolean;
}

export function extractBatch(papers: readonly PaperInput[], { debug, spreadsheetSafe, summary }: BatchOptions): BatchOutput {
  const results: PaperResult[] = [];
  const out: BatchOutput = { claimsCsv: '', papersCsv: '', claims: 0, papers: 0, failures: [], found: [] };
  papers.forEach((paper, index) => {
    try {
      const steps: string[] = [];
      const result = extractPaper(paper, debug ? { trace: traceInto(steps) } : {});
      results.push(result);
      if (debug) out.found.push({ index, text: [describeClaims(result.claims), ...steps].join('\n') });
    } catch (err) {
      out.failures.push({ index, error: err instanceof Error ? err.message : String(err) });
    }
  });
  const claims = results.flatMap((r) => r.claims);
  // header=false rows come without a final newline; the header-only chunk written first ends with one.
  if (claims.length > 0) out.claimsCsv = claimsToCsv(claims, { header: false, spreadsheetSafe }) + '\r\n';
  if (results.length > 0) out.papersCsv = papersToCsv(results.map((r) => r.paper), { header: false, spreadsheetSafe }) + '\r\n';
  out.claims = claims.length;
  out.papers = results.length;
  if (summary) out.tally = tallyComparisons(claims);
  return out;
}

function describeClaims(claims: readonly Claim[]): string {
  const found = claims.map((c) => `"${c.span}" ${c.metric} ${c.value_low}${c.value_high !== c.value_low ? `–${c.value_high}` : ''} ${c.unit}`);
  return `${claims.length} claim${claims.length === 1 ? '' : 's'}${found.length ? ': ' + found.join('; ') : ''}`;
}

function describeCandidate(c: Candidate, abstract: string): string {
  const fields = [c.qualifier, c.comparison, c.metric, c.direction].filter(Boolean).join(' ');
  const context = [c.baseline.length ? `vs ${c.baseline.join(' & ')}` : '', c.hardware.length ? `on ${c.hardware.join(' & ')}` : '', c.model ? `model ${c.model}` : '']
    .filter(Boolean).join(', ');
  return `"${abstract.slice(c.start, c.end)}" ${c.valueLow}${c.valueHigh !== c.valueLow ? `–${c.valueHigh}` : ''} ${c.unit}${fields ? ` ${fields}` : ''}${context ? ` (${context})` : ''}`;
}

/** Per sentence: what the finders saw, then each refiner that changed something (`--debug`). */
function traceInto(lines: string[]): NonNullable<ExtractOptions['trace']> {
  let last = '';
  return (step, { abstract, sentence, candidates }) => {
    if (step === 'finders') {
      lines.push(`  sentence ${sentence.start}-${sentence.end}: ${JSON.stringify(sentence.text.trim().slice(0, 100))}${sentence.text.length > 100 ? '…' : ''}`);
      last = '';
    }
    const now = candidates.map((c) => describeCandidate(c, abstract)).join('; ') || '(none)';
    if (now !== last) lines.push(`    ${step}: ${now}`);
    last = now;
  };
}
