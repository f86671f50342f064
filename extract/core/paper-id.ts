/**
 * paper_id of an input paper. Apart from the extractor (extract.ts re-exports it) so that the CLI's main thread can
 * assign ids without loading the extractor, which its workers load on their own.
 */
import type { PaperInput } from './types.ts';

/** paper_id: the given id, else a slug of the title (lowercase words joined by `-`). */
export function paperId(input: PaperInput): string {
  const id = input.id?.trim();
  if (id) return id;
  const slug = input.title.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '') || 'untitled';
}
