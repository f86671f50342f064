/**
 * Spans and evidence as a reader wants them: arXiv abstracts keep their LaTeX (`up to $2.5\times$`, `72\%`), the
 * claims table keeps it too (spans are raw text, spec §2), and the dashboard shows the extractor's readable view
 * (`up to 2.5×`, `72%`). Imported from normalize.ts directly: it has no dependencies, so the extractor (and
 * compromise) stay out of the initial bundle. Pure functions.
 */
import { readable } from '../../extract/core/normalize.ts';
import type { EvidenceParts } from './claims.ts';

export { readable };

/**
 * The evidence sentence, readable, split around the claim's span (its first occurrence in the raw sentence). The
 * sentence is read as a whole (a `~` or a space reads differently at the edge of a fragment); the span's readable
 * form is then looked for where the readable text before it ends. Should that fail, the three raw parts are made
 * readable one by one. No span found: all in `before`.
 */
export function readableEvidence(evidence: string, span: string): EvidenceParts {
  const at = span ? evidence.indexOf(span) : -1;
  if (at < 0) return { before: readable(evidence), span: '', after: '' };
  const head = readable(evidence.slice(0, at));
  const mid = readable(span).trim();
  const whole = readable(evidence);
  const found = mid ? whole.indexOf(mid, Math.max(0, head.length - 3)) : -1;
  if (found >= 0 && found <= head.length + 3) {
    return { before: whole.slice(0, found), span: mid, after: whole.slice(found + mid.length) };
  }
  return { before: head, span: mid, after: readable(evidence.slice(at + span.length)) };
}
