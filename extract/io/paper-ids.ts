/**
 * Unique paper_ids across one run. A repeated id (or repeated title slug) is never dropped: the paper
 * keeps its place and gets the next free suffix (`-2`, `-3`, …).
 */
import { paperId } from '../core/extract.ts';
import type { PaperInput } from '../core/types.ts';

export interface IdAssignment {
  paper: PaperInput;
  /** Set when the paper's own id was taken: where it was first seen. */
  duplicateOf?: string;
}

export class PaperIds {
  private readonly firstSeen = new Map<string, string>();

  /** `where` (file:line) is remembered to point later duplicates at it. */
  assign(paper: PaperInput, where: string): IdAssignment {
    const id = paperId(paper);
    const first = this.firstSeen.get(id);
    if (first === undefined) {
      this.firstSeen.set(id, where);
      return { paper };
    }
    let n = 2;
    while (this.firstSeen.has(`${id}-${n}`)) n++;
    const unique = `${id}-${n}`;
    this.firstSeen.set(unique, where);
    return { paper: { ...paper, id: unique }, duplicateOf: first };
  }
}
