/**
 * Pasted abstracts → claims, in the browser. The input parsers and the extractor (with compromise) are loaded
 * lazily with import(), so none of it is in the initial bundle.
 */
import type { Claim } from '../../extract/core/types.ts';
import type { InputFormat } from '../../extract/core/inputs.ts';

export interface PasteResult {
  papers: number;
  claims: Claim[];
  issues: { line: number; message: string }[];
}

export async function extractFromText(text: string, format?: InputFormat, fileName?: string): Promise<PasteResult> {
  const [inputs, extractor] = await Promise.all([
    import('../../extract/core/inputs.ts'),
    import('../../extract/core/extract.ts'),
  ]);
  const fmt = format ?? (fileName ? inputs.formatFromFileName(fileName) : undefined);
  const parsed = inputs.parseInputText(text, fmt);
  const claims: Claim[] = [];
  for (const paper of parsed.papers) claims.push(...extractor.extractPaper(paper).claims);
  return {
    papers: parsed.papers.length,
    claims,
    issues: parsed.issues.map((i) => ({ line: i.line, message: i.message })),
  };
}
