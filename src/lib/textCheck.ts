/**
 * The search index's check of candidate rows (textIndex.ts: the rows whose text has every character pair of the
 * needle): whether each contains the needle, and where, field by field; and what a search's answer holds (Found).
 */
import { packedAt, type Packed } from '../../extract/core/packed.ts';
import { asciiIndexOf, asciiWords, type AsciiNeedle } from './asciiSearch.ts';

/**
 * A search's answer, and what a longer needle containing this one starts from (TextIndex.find). `at`, per field
 * (empty when the bitsets alone answered): 1 + where the needle first occurs, ABSENT where it does not, 0 where not
 * looked at (the row matched in an earlier field or was no candidate); per value (in the lower-cased value).
 */
export interface Found {
  needle: string;
  match: Uint8Array;
  at: Int32Array[];
}

export const ABSENT = -1;

/** A value's characters, as the index's build found them (`Field.wide`): not read yet, all ASCII, or not. */
export const UNREAD = 0;
export const ASCII = 1;
export const WIDE = 2;

/**
 * A field as the index reads it: per value its bytes, ASCII folded to lower case as they are read (their UTF-8 bytes,
 * or for a field of strings one byte per UTF-16 unit, ASCII as it is and any other unit 0x80, copied as the build
 * reaches each value), `ends` where each value ends in them; a value with a character other than ASCII (`wide`) is
 * read as a lower-cased string instead (toLowerCase's rules), kept for a field of strings, whose values repeat (a
 * title per paper). The copy of 474,513 titles at a million claims is 28 MB of bytes; their lower-cased strings,
 * which the index kept before, were 52.6 MB of the page's heap.
 */
export interface Field {
  codes: Int32Array;
  values: Packed;
  bytes: Uint8Array;
  ends: Int32Array;
  /** A field of strings (values copied to `bytes` by the build). */
  strings: boolean;
  wide: Uint8Array;
  lower: Map<number, string>;
}

/** Value `code` of a field, lower-cased (kept for the fields of strings). */
export function lowerOf(f: Field, code: number): string {
  if (!f.strings) return packedAt(f.values, code).toLowerCase();
  let t = f.lower.get(code);
  if (t === undefined) f.lower.set(code, (t = packedAt(f.values, code).toLowerCase()));
  return t;
}

/**
 * Which of the candidate rows cand[0 … nc) contain `needle` (lower-case; `ascii`: its UTF-8 bytes, when it has no
 * other character), into found.match, noting where in `found.at` (see Found); `from`: what the shorter needle's
 * search noted, so that each field's scan starts at that one's first occurrence (this needle holds it `offset` units
 * in), or is skipped where it is absent. Noted per value (a title is shared by its paper's claims). Field by field,
 * each over the rows no earlier field matched: a row at a time through every field, the bookkeeping cost about as
 * much as the scan (node, 1M rows, min of 9: 'ser' 125 → 119 ms, 'serve' 47 → 40).
 */
export function checkCandidates(
  fields: readonly Field[], cand: Int32Array, nc: number,
  needle: string, ascii: AsciiNeedle | null, found: Found, from: Found | null, offset: number,
): void {
  const match = found.match;
  for (let fi = 0; fi < fields.length && nc > 0; fi++) {
    const f = fields[fi];
    const { codes, bytes, ends, wide } = f;
    const words = asciiWords(bytes);
    const at = found.at[fi]!;
    const was = from?.at[fi];
    let kept = 0;
    for (let r = 0; r < nc; r++) {
      const i = cand[r];
      const code = codes[i];
      if (code >= 0) {
        if (at[code] === 0) {
          const w = was ? was[code] : 0;
          const skip = w > 0 ? Math.max(0, w - 1 - offset) : 0;
          let k = -1;
          if (w === ABSENT) k = -1;
          else if (wide[code] === WIDE) k = lowerOf(f, code).indexOf(needle, skip);
          else if (ascii) {
            const start = code ? ends[code - 1] : 0;
            k = asciiIndexOf(bytes, start + skip, ends[code], ascii, words);
            if (k >= 0) k -= start;
          }
          at[code] = k < 0 ? ABSENT : k + 1;
        }
        if (at[code] > 0) { match[i] = 1; continue; }
      }
      cand[kept++] = i;
    }
    nc = kept;
  }
}
