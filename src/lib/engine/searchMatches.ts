/**
 * The search filter's matches: rows whose title, evidence or model contains the needle, read off a text index
 * (textIndex.ts) built once per data set, and the last few searches kept so typing a letter narrows the previous
 * answer instead of searching all rows again.
 */
import type { Claim } from '../../../extract/core/types.ts';
import type { ClaimTable } from '../claimTable.ts';
import { matchesSearch } from '../filters.ts';
import { Recent } from '../recent.ts';
import { TextIndex, type Found } from '../textIndex.ts';

/** Search matches kept (~0.1 MB each at 100k rows). */
const RECENT_SEARCHES = 12;
/** Of those, the newest keep where their needle occurs (4 bytes a row: 4 MB each at a million rows), for typing on. */
const WITH_PLACES = 2;

export class SearchMatches<T extends Claim> {
  /** Per row: title, evidence and model, indexed (see prepare). */
  private index: TextIndex | null = null;
  /** The last few searches' matches by needle: a word typed and deleted again. */
  private recent = new Recent<string, Found>(RECENT_SEARCHES);
  /** The newest answers, whose places are kept (older ones drop theirs: they still narrow, from each row's start). */
  private placed: Found[] = [];

  constructor(private readonly rows: readonly T[], private readonly table: ClaimTable) {}

  /**
   * Indexes the searchable text: per row its title, evidence and model, read from the table's columns. Done on first
   * search, or ahead of it in slices while `more()` holds (idle time); returns whether it is done.
   */
  prepare(more?: () => boolean): boolean {
    const t = this.table;
    this.index ??= new TextIndex(this.rows.length, [t.chunk('title'), t.chunk('evidence'), t.chunk('model')]);
    return this.index.build(more);
  }

  /** 1 for the rows whose title, evidence or model contains `needle` (lower-case, non-empty). */
  match(needle: string): Uint8Array {
    // A needle with the separator could match across two fields of the joined text: test each field.
    if (needle.includes('\n')) {
      const n = this.rows.length;
      const match = new Uint8Array(n);
      for (let i = 0; i < n; i++) if (matchesSearch(this.rows[i], needle)) match[i] = 1;
      return match;
    }
    let found = this.recent.get(needle);
    if (!found) {
      this.prepare();
      // Typing narrows: a needle containing a recent one can only match rows that one matched (the longest such),
      // at or after where that one occurs.
      let within: string | null = null;
      for (const q of this.recent.keys()) if (needle.includes(q) && (!within || q.length > within.length)) within = q;
      found = this.index!.find(needle, within === null ? null : this.recent.get(within)!);
      this.recent.set(needle, found);
      this.placed.push(found);
      if (this.placed.length > WITH_PLACES) this.placed.shift()!.at = [];
    }
    return found.match;
  }
}
