import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../extract/gen-claims.ts';
import { renumberIds, withIds } from '../../../src/lib/claims.ts';
import { jitter } from '../../../src/lib/chartLayout.ts';
import { decodeRows, encodeRows, paperIds, transferables } from '../../../src/lib/columns.ts';
import { CLAIMS, claim } from './helpers.ts';

describe('row columns (worker → page)', () => {
  it('round-trips rows: nulls, lists, empty lists, -0, unicode, duplicate ids', () => {
    const odd = [
      claim({ paper_id: 'x', span: '−0.5×', factor_low: null, factor_high: null, hardware_count: null, value_low: -0, value_high: 0,
        baseline: ['a', 'b; c'], hardware: ['A100', 'A100'], evidence: 'ünïcödé “quotes” and\nnewline −0.5× here' }),
      claim({ paper_id: 'x', span: '', evidence: '', model: 'GPT-3', hardware_count: 0 }),
      claim({ paper_id: 'x', span: '', evidence: '', model: 'GPT-3', hardware_count: 0 }),
    ];
    const rows = withIds([...CLAIMS, ...odd]);
    const back = decodeRows(encodeRows(rows));
    expect(back).toEqual(rows);
    expect(back.at(-1)!.id).toMatch(/~1$/);
    expect(Object.is(back[CLAIMS.length].value_low, -0)).toBe(true);
  });
  it('round-trips generated rows and appends to an existing array', () => {
    const rows = withIds(generateCorpus({ rows: 3000, seed: 2, sample: CLAIMS }).claims);
    const out = [rows[0]];
    decodeRows(encodeRows(rows.slice(1000)), decodeRows(encodeRows(rows.slice(1, 1000)), out));
    expect(out).toEqual(rows);
  });
  it('repeated strings are sent once; typed arrays are transferable', () => {
    const rows = withIds([...CLAIMS, ...CLAIMS, ...CLAIMS]);
    const cols = encodeRows(rows);
    expect([...cols.jitter]).toEqual(rows.map((r) => jitter(r.id)));
    expect(paperIds(cols)).toEqual([...new Set(CLAIMS.map((c) => c.paper_id))]);
    expect(cols.dict.title.values.ends).toHaveLength(new Set(CLAIMS.map((c) => c.title)).size);
    expect(cols.dict.title.codes).toHaveLength(CLAIMS.length * 3);
    const buffers = transferables(cols);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(decodeRows(encodeRows([]))).toEqual([]);
  });
});

describe('renumberIds (parts numbered on separate workers)', () => {
  it('gives the ids withIds gives for the whole', () => {
    const dup = (paper_id: string, start: number) => claim({ paper_id, span: 'x', start, end: start + 1 });
    const claims = [dup('a', 0), dup('b', 0), dup('a', 0), dup('c', 1), dup('a', 0), dup('b', 0), dup('c', 1), dup('d', 2)];
    for (const parts of [[8], [3, 5], [2, 2, 4], [1, 1, 1, 1, 1, 1, 1, 1]]) {
      let at = 0;
      const chunks = parts.map((size) => withIds(claims.slice(at, (at += size))));
      const rows = chunks.flat();
      const before = rows.map((r) => r.id);
      const changed = renumberIds(rows, chunks.map((c) => [...new Set(c.map((r) => r.paper_id))]));
      expect(changed).toEqual(rows.flatMap((r, i) => (r.id !== before[i] ? [i] : [])));
      expect(rows.map((r) => r.id), parts.join('+')).toEqual(withIds(claims).map((r) => r.id));
    }
  });
});
