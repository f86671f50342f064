/**
 * The search index's check of candidate rows (textIndex.ts: the rows whose text has every character pair of the
 * needle): whether each contains the needle, and where, field by field; and what a search's answer holds (Found).
 */
import { packedAt, type Packed } from '../../extract/core/packed.ts';
import { asciiIndexOf, asciiWords, type AsciiNeedle } from './asciiSearch.ts';

/**
 * A search's answer, and what a longer needle containing this one starts from (TextIndex.find). `at`, per field
 * (empty when the bitsets alone answered): 1 + where the needle first occurs, ABSENT where it does not, 0 where not
 * looked at (the row matched in an earlier field, was no candidate, or a UTF-8 row is not ASCII); per row for a field
 * kept as UTF-8 bytes, per value (lower-cased) for a field of strings.
 */
export interface Found {
  needle: string;
  match: Uint8Array;
  at: Int32Array[];
}

export const ABSENT = -1;

/** A field as the index reads it: its values lower-cased when first needed (strings), or its UTF-8 bytes. */
export interface Field {
  codes: Int32Array;
  values: Packed;
  bytes: Uint8Array | null;
  lower: (string | undefined)[];
}

/** Value `code` of a field, lower-cased (kept for the fields with repeating values). */
export function lowerOf(f: Field, code: number): string {
  if (f.bytes) return packedAt(f.values, code).toLowerCase();
  return (f.lower[code] ??= packedAt(f.values, code).toLowerCase());
}

/**
 * Which of the candidate rows cand[0 … nc) contain `needle` (lower-case; `ascii`: its UTF-8 bytes, when it has no
 * other character), into found.match, noting where in `found.at` (see Found); `from`: what the shorter needle's
 * search noted, so that each field's scan starts at that one's first occurrence (this needle holds it `offset` units
 * in), or is skipped where it is absent. A field of strings is noted per value (a title is shared by its paper's
 * claims). Field by field, each over the rows no earlier field matched: a row at a time through every field, the
 * bookkeeping cost about as much as the scan (node, 1M rows, min of 9: 'ser' 125 → 119 ms, 'serve' 47 → 40).
 */
export function checkCandidates(
  fields: readonly Field[], wide: Uint8Array, cand: Int32Array, nc: number,
  needle: string, ascii: AsciiNeedle | null, found: Found, from: Found | null, offset: number,
): void {
  const match = found.match;
  for (let fi = 0; fi < fields.length && nc > 0; fi++) {
    const f = fields[fi];
    const codes = f.codes;
    const at = found.at[fi]!;
    const was = from?.at[fi];
    let kept = 0;
    if (!f.bytes) {
      for (let r = 0; r < nc; r++) {
        const i = cand[r];
        const code = codes[i];
        if (code >= 0) {
          if (at[code] === 0) {
            const w = was ? was[code] : 0;
            const k = w === ABSENT ? -1 : lowerOf(f, code).indexOf(needle, w > 0 ? Math.max(0, w - 1 - offset) : 0);
            at[code] = k < 0 ? ABSENT : k + 1;
          }
          if (at[code] > 0) { match[i] = 1; continue; }
        }
        cand[kept++] = i;
      }
    } else {
      const { bytes } = f;
      const words = asciiWords(bytes);
      const ends = f.values.ends;
      for (let r = 0; r < nc; r++) {
        const i = cand[r];
        const code = codes[i];
        if (code >= 0) {
          if (wide[i]) {
            if (lowerOf(f, code).includes(needle)) { match[i] = 1; continue; }
          } else {
            const w = was ? was[i] : 0;
            if (!ascii || w === ABSENT) at[i] = ABSENT;
            else {
              const start = code ? ends[code - 1] : 0;
              const k = asciiIndexOf(bytes, start + (w > 0 ? Math.max(0, w - 1 - offset) : 0), ends[code], ascii, words);
              at[i] = k < 0 ? ABSENT : k - start + 1;
              if (k >= 0) { match[i] = 1; continue; }
            }
          }
        }
        cand[kept++] = i;
      }
    }
    nc = kept;
  }
}
