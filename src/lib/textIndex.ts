/**
 * Case-insensitive substring search over many short texts (the dashboard's Search box over a million claims) without
 * scanning them all: per character class, per triple of adjacent classes and per pair ending a field, the rows whose
 * text has it (gramSets.ts). A needle of up to three characters, each in its own class (letters, digits, space), is
 * matched by the sets alone (a pair is the union of the triples it starts and of its set at a field's end); a longer
 * one, or one with another character, is checked in the text of the rows having all its triples (textCheck.ts).
 *
 * Through pairs only, a word's third letter read the text of every row having its two pairs: at a million generated
 * claims 'ser' checked 491k rows for 213k matches (~120 ms in node), the slowest keystroke of a search; by its triple
 * it takes ~1 ms. A fourth letter is checked from each row's start (the three letters' answer says where no
 * occurrence is), 14–60 ms there. The texts are indexed in slices (`build`), so that the page can do it in idle time
 * without a long task; a chunk's sets are made once its 32,768 rows are read.
 *
 * A row's text is its fields (title, evidence, model), each matched on its own, read where they are kept: no lower-cased
 * copy per row or per value. A field kept as UTF-8 bytes (evidence) is read as bytes, one kept as a string (title,
 * model: few distinct values) as a byte per unit copied as the build reaches each value, ASCII folded to lower case;
 * a value with another character is decoded and lower-cased as a string, so that every row matches exactly as
 * `toLowerCase().includes(needle)` would.
 *
 * Typing on (`find` from the answer of a needle this one contains): only that one's matches are candidates, and each
 * field's scan starts at that one's first occurrence there, or is skipped where it was absent; at a million rows
 * 'serve' after 'serv' reads a few bytes for most of its 200,000 candidates instead of scanning each from its start.
 */
import { isUtf8, type Packed, type PackedStrings } from '../../extract/core/packed.ts';
import { asciiNeedle } from './asciiSearch.ts';
import { ChunkBuilder } from './gramBuild.ts';
import { CHUNK_ROWS, CHUNK_WORDS, CLASSES, END, OTHER, TRIPLE, type ChunkSets } from './gramSets.ts';
import { ASCII, checkCandidates, lowerOf, UNREAD, WIDE, type Field, type Found } from './textCheck.ts';

export type { Found };

const CLASS_OF = new Uint8Array(128).fill(OTHER);
for (let c = 97; c <= 122; c++) CLASS_OF[c] = c - 97;
for (let c = 48; c <= 57; c++) CLASS_OF[c] = c - 48 + 26;
CLASS_OF[32] = 36;

const classOf = (code: number) => (code < 128 ? CLASS_OF[code] : OTHER);
/** An ASCII unit's class once lower-cased (A–Z as a–z). */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, b) => CLASS_OF[b >= 65 && b <= 90 ? b + 32 : b]);

/** A field the index searches: per row the index of its value (-1: none, an empty text) among `values`. */
export interface SearchField {
  codes: Int32Array;
  values: Packed;
}

export class TextIndex {
  /** The chunk being indexed (dropped once every chunk is done), and the sets of each chunk done (gramSets.ts). */
  private builder: ChunkBuilder | null = new ChunkBuilder();
  private readonly chunks: ChunkSets[] = [];
  private readonly fields: Field[];
  /** Rows indexed so far (build). */
  private built = 0;

  /** The rows' fields; or one text per row (`textOf`), a field of its own. */
  constructor(readonly n: number, fields: readonly SearchField[] | ((i: number) => string)) {
    if (typeof fields === 'function') {
      const textOf = fields;
      const texts = Array.from({ length: n }, (_, i) => textOf(i));
      const ends = new Int32Array(n);
      let at = 0;
      texts.forEach((t, i) => (ends[i] = at += t.length));
      fields = [{ codes: Int32Array.from({ length: n }, (_, i) => i), values: { text: texts.join(''), ends } }];
    }
    this.fields = fields.map(({ codes, values }) => ({
      codes, values, ends: values.ends, strings: !isUtf8(values),
      bytes: isUtf8(values) ? values.bytes : new Uint8Array(values.text.length),
      wide: new Uint8Array(values.ends.length), lower: new Map(),
    }));
  }

  /** Whether every row is indexed. */
  get ready(): boolean {
    return this.built === this.n;
  }

  /** Rows indexed so far. */
  get indexed(): number {
    return this.built;
  }

  /** Bytes the index's sets hold (for the benches). */
  get bytes(): number {
    return this.chunks.reduce((sum, c) => sum + c.bytes, 0);
  }

  /** Indexes `slice` rows at a time until all are done or `more()` says stop (after at least one slice); returns ready. */
  build(more: () => boolean = () => true, slice = 500): boolean {
    const { fields } = this;
    while (this.built < this.n) {
      const b = this.builder!;
      const chunkEnd = Math.min(this.n, (Math.floor(this.built / CHUNK_ROWS) + 1) * CHUNK_ROWS);
      const first = chunkEnd - 1 - ((chunkEnd - 1) % CHUNK_ROWS);
      const end = Math.min(chunkEnd, this.built + slice);
      for (let i = this.built; i < end; i++) {
        const r = i - first;
        for (const f of fields) {
          const code = f.codes[i];
          if (code < 0) continue;
          const { bytes, ends, wide } = f;
          const to = ends[code];
          const from = code ? ends[code - 1] : 0;
          if (wide[code] === UNREAD && f.strings) {
            // A value of a field of strings, first met: its units as bytes (any but ASCII as 0x80, read as a string).
            const text = (f.values as PackedStrings).text;
            for (let k = from; k < to; k++) {
              const u = text.charCodeAt(k);
              bytes[k] = u < 128 ? u : 0x80;
            }
          }
          b.startField();
          const stop = b.ascii(bytes, from, to, ASCII_CLASS, i, r);
          wide[code] = stop < to ? WIDE : ASCII;
          if (stop < to) {
            // A non-ASCII character: the value is read as a lower-cased string (toLowerCase's rules), from its start
            // again (its ASCII start gives the same classes either way).
            b.startField();
            const t = lowerOf(f, code);
            for (let j = 0; j < t.length; j++) b.unit(classOf(t.charCodeAt(j)), i, r);
          }
          b.endField(i, r);
        }
        b.endRow(i, r);
      }
      this.built = end;
      if (end === chunkEnd) {
        this.chunks.push(b.finish(chunkEnd - first));
        if (end === this.n) this.builder = null;
      }
      if (!more()) break;
    }
    return this.ready;
  }

  /**
   * 1 for the rows whose text contains `needle` (non-empty, lower-case); only rows with `within[i]` set are considered when it
   * is given (a needle typed further can only match rows the shorter one matched). Builds what is not built yet.
   */
  match(needle: string, within: Uint8Array | null = null): Uint8Array {
    return this.find(needle, within ? { needle: '', match: within, at: [] } : null).match;
  }

  /**
   * The rows whose text contains `needle` (non-empty, lower-case), with where it occurs; `from`: the answer for a
   * needle contained in this one (typing on), whose matches are the only candidates and whose occurrences are where
   * the scan of a row starts: 'serv' after 'ser' checks one byte per row of its 200,000 matches at a million rows.
   */
  find(needle: string, from: Found | null = null): Found {
    this.build();
    const { n } = this;
    const within = from?.match ?? null;
    // Where the shorter needle sits in this one (its occurrences start that far into this one's).
    const offset = from ? Math.max(0, needle.indexOf(from.needle)) : 0;
    const match = new Uint8Array(n);
    const cls = Array.from({ length: needle.length }, (_, k) => classOf(needle.charCodeAt(k))); // UTF-16 units
    // The sets: one character's class; two characters' pair, the union of the triples it starts and of its set as a
    // field's end; else the rows having every triple of the needle.
    const union = needle.length <= 2;
    const keys: number[] = [];
    if (needle.length === 1) keys.push(cls[0]);
    else if (union) {
      const pair = cls[0] * CLASSES + cls[1];
      keys.push(END + pair);
      for (let c = 0; c < CLASSES; c++) keys.push(TRIPLE + pair * CLASSES + c);
    } else {
      for (let k = 2; k < cls.length; k++) keys.push(TRIPLE + (cls[k - 2] * CLASSES + cls[k - 1]) * CLASSES + cls[k]);
    }
    const list = [...new Set(keys)];
    // Up to three characters of their own classes, the sets are the answer; else they give the rows to check.
    const exact = needle.length <= 3 && !cls.includes(OTHER);
    // The needle as bytes, for ASCII values (a needle with another character is in none of them).
    const ascii = /^[\x00-\x7f]*$/.test(needle) ? asciiNeedle(needle) : null;
    const found: Found = { needle, match, at: exact ? [] : this.fields.map((f) => new Int32Array(f.ends.length)) };
    const bits = new Uint32Array(CHUNK_WORDS);
    const tmp = new Uint32Array(CHUNK_WORDS);
    // A chunk's candidates, checked field by field once its sets are read (textCheck.ts).
    const cand = exact ? null : new Int32Array(CHUNK_ROWS);
    for (let c = 0; c < this.chunks.length; c++) {
      const sets = this.chunks[c];
      const cw = sets.words;
      bits.fill(0, 0, cw);
      let any = false;
      if (union) for (const key of list) any = sets.or(key, bits) || any;
      else {
        // A set no row of the chunk has: none of its rows can match.
        any = sets.or(list[0], bits);
        for (let s = 1; s < list.length && any; s++) any = sets.and(list[s], bits, tmp);
      }
      if (!any) continue;
      const w0 = c * CHUNK_WORDS;
      let nc = 0;
      for (let w = 0; w < cw; w++) {
        let x = bits[w];
        while (x !== 0) {
          const low = x & -x;
          x ^= low;
          const i = ((w0 + w) << 5) + 31 - Math.clz32(low);
          if (within && !within[i]) continue;
          if (cand) cand[nc++] = i;
          else match[i] = 1;
        }
      }
      if (cand) checkCandidates(this.fields, cand, nc, needle, ascii, found, from, offset);
    }
    return found;
  }
}
