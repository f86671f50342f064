/**
 * extractPaper: one paper in, its papers.csv row and claims out.
 * PLACEHOLDER while the finders/refiners land: returns no claims yet.
 */
import type { PaperInput, PaperResult } from './types.ts';

/** paper_id: the given id, else a slug of the title (lowercase words joined by `-`). */
export function paperId(input: PaperInput): string {
  const id = input.id?.trim();
  if (id) return id;
  const slug = input.title.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '') || 'untitled';
}

export function extractPaper(input: PaperInput): PaperResult {
  return {
    paper: { paper_id: paperId(input), title: input.title, topic: 'Other', hardware_mentioned: [], n_claims: 0, abstract: input.abstract },
    claims: [],
  };
}
