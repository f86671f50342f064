/**
 * identify (the ids' paper, `~n` and jitter worked out on columns) against the ids withIds gives (claims.ts idsOf)
 * and the jitter of those ids, on columns as a Parquet file's row groups give them: a paper's id an entry in several
 * dictionaries, empty ids and nulls, offsets of any number of digits, fractions, negative and missing (NaN: 0).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatChunks, packStrings, type TextChunk } from '../../../extract/core/packed.ts';
import { jitter } from '../../../src/lib/chartLayout.ts';
import { idsOf } from '../../../src/lib/claims.ts';
import { identify } from '../../../src/lib/identify.ts';
import { claim } from './helpers.ts';

/** A column of these ids in row groups of these sizes, each with its own dictionary ('' → null in every other group). */
function chunked(ids: string[], sizes: number[]): TextChunk {
  const groups: TextChunk[] = [];
  let at = 0;
  sizes.forEach((size, g) => {
    const values: string[] = [];
    const codes = Int32Array.from(ids.slice(at, (at += size)), (id) => {
      if (id === '' && g % 2) return -1;
      let k = values.indexOf(id);
      if (k < 0) k = values.push(id) - 1;
      return k;
    });
    groups.push({ values: packStrings(values), codes });
  });
  return concatChunks(groups);
}

const offset = fc.oneof(fc.constantFrom(0, 1, 9, 10, 99, 100, 12345, 2 ** 31 - 1, 2 ** 31, NaN, -3, 2.5), fc.nat(1_000_000));

describe('identify', () => {
  it("gives each row withIds' id numbering and its jitter, and counts papers, however the ids are split", () => {
    fc.assert(fc.property(
      fc.array(fc.record({ paper: fc.constantFrom('', 'a', 'b', 'é🚀', 'a@1'), start: offset, end: offset }), { minLength: 1, maxLength: 60 }),
      fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 8 }),
      (rows, cuts) => {
        const sizes: number[] = [];
        for (let left = rows.length, k = 0; left > 0; k++) { const s = Math.min(left, cuts[k % cuts.length]); sizes.push(s); left -= s; }
        const ids = rows.map((r) => r.paper);
        const start = Float64Array.from(rows, (r) => r.start);
        const end = Float64Array.from(rows, (r) => r.end);
        const got = identify(chunked(ids, sizes), start, end);
        const zero = (x: number) => (Number.isNaN(x) ? 0 : x);
        const expected = idsOf(rows.map((r) => claim({ paper_id: r.paper, span: 'x', start: zero(r.start), end: zero(r.end) })));
        expect([...got.jitter]).toEqual(expected.map(jitter));
        expect([...got.dup]).toEqual(expected.map((id) => Number(/~(\d+)$/.exec(id)?.[1] ?? 0)));
        expect(got.papers).toBe(new Set(ids).size);
        // Rows of one paper share one code; a paper's code is its first entry, no paper's -1.
        const codeOf = new Map<string, number>();
        ids.forEach((id, i) => {
          if (id === '') expect(got.paper.codes[i]).toBe(-1);
          else expect(got.paper.codes[i]).toBe(codeOf.get(id) ?? (codeOf.set(id, got.paper.codes[i]), got.paper.codes[i]));
        });
      },
    ), { numRuns: 300 });
  });
});
