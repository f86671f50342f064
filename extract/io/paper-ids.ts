/**
 * Unique paper_ids across one run. A repeated id (or repeated title slug) is never dropped: the paper
 * keeps its place and gets the next free suffix (`-2`, `-3`, …). Only the ids are kept (tens of bytes
 * per paper), so memory stays small next to the input even for millions of papers.
 */
import { paperId } from '../core/paper-id.ts';
import type { PaperInput } from '../core/types.ts';

export interface IdAssignment {
  paper: PaperInput;
  /** The id the paper asked for, when it was taken and the paper got a suffixed one instead. */
  renamedFrom?: string;
}

export class PaperIds {
  private readonly seen = new Set<string>();

  assign(paper: PaperInput): IdAssignment {
    const { id, renamedFrom } = this.assignId(paperId(paper));
    return renamedFrom === undefined ? { paper } : { paper: { ...paper, id }, renamedFrom };
  }

  /** The id a paper asking for `id` gets: `id` itself, or the next free suffix when it is taken. */
  assignId(id: string): { id: string; renamedFrom?: string } {
    if (!this.seen.has(id)) {
      this.seen.add(id);
      return { id };
    }
    let n = 2;
    while (this.seen.has(`${id}-${n}`)) n++;
    const unique = `${id}-${n}`;
    this.seen.add(unique);
    return { id: unique, renamedFrom: id };
  }
}
