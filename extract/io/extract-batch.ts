/**
 * Extraction of one batch of papers, shared by the in-process path and the worker threads so both give
 * identical results. One paper's extractor failure is reported, not fatal to the run.
 */
import { extractPaper } from '../core/extract.ts';
import type { PaperInput, PaperResult } from '../core/types.ts';

export type BatchItem = PaperResult | { error: string };

export function extractBatch(papers: readonly PaperInput[]): BatchItem[] {
  return papers.map((paper) => {
    try {
      return extractPaper(paper);
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
}
