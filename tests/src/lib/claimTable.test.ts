/**
 * The page's columns (claimColumns.ts, columnsBuilder.ts, mergeColumns.ts) and rows read from them (claimTable.ts):
 * what withIds gives for the same claims, ids, jitter and paper counts included, however the table was put together.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../extract/gen-claims.ts';
import { packStrings } from '../../../extract/core/packed.ts';
import { jitter } from '../../../src/lib/chartLayout.ts';
import { finishColumns, keepRows, transferables, usableRows, type RawColumns } from '../../../src/lib/claimColumns.ts';
import { withIds } from '../../../src/lib/claims.ts';
import { ClaimTable, plainRow } from '../../../src/lib/claimTable.ts';
import { columnsOfClaims } from '../../../src/lib/columnsBuilder.ts';
import { mergeColumns } from '../../../src/lib/mergeColumns.ts';
import { orderByKey } from '../../../src/lib/orderByKey.ts';
import { CLAIMS, claim } from './helpers.ts';

const tableOf = (claims = CLAIMS) => new ClaimTable(columnsOfClaims(claims));

describe('ClaimTable rows', () => {
  it('read what withIds holds: nulls, lists, -0, unicode, a paper with two claims at the same offsets', () => {
    const odd = [
      claim({ paper_id: '', span: 'x', start: 3, end: 9 }),
      claim({ paper_id: '', span: 'x', start: 3, end: 9 }),
      claim({ paper_id: 'x', span: '−0.5×', factor_low: null, factor_high: null, hardware_count: null, value_low: -0, value_high: 0,
        baseline: ['a', 'b; c'], hardware: ['A100', 'A100'], evidence: 'ünïcödé “quotes” and\nnewline −0.5× here' }),
      claim({ paper_id: 'x', span: '', evidence: '', model: 'GPT-3', hardware_count: 0 }),
      claim({ paper_id: 'x', span: '', evidence: '', model: 'GPT-3', hardware_count: 0 }),
    ];
    const claims = [...CLAIMS, ...odd];
    const table = tableOf(claims);
    expect(table.rows.map(plainRow)).toEqual(withIds(claims));
    expect(table.rows.at(-1)!.id).toMatch(/~1$/);
    expect(Object.is(table.rows[CLAIMS.length + 2].value_low, -0)).toBe(true);
    expect([...table.columns.jitter]).toEqual(withIds(claims).map((r) => jitter(r.id)));
    expect(table.columns.papers).toBe(new Set(claims.map((c) => c.paper_id)).size);
    // Equal lists are one array; the table finds a row by id, and a paper's rows.
    expect(table.rows[0].baseline).toBe(table.rows[0].baseline);
    const ids = withIds(claims).map((r) => r.id);
    ids.forEach((id, i) => expect(table.find(id)).toBe(i));
    expect(table.find('nope@1-2')).toBe(-1);
    expect(table.rowsOfPaper('x')).toEqual([CLAIMS.length + 2, CLAIMS.length + 3, CLAIMS.length + 4]);
    expect(table.rowsOfPaper('')).toEqual([CLAIMS.length, CLAIMS.length + 1]);
    expect(table.paperIds()).toEqual(new Set(claims.map((c) => c.paper_id)));
  });

  it('typed arrays are transferable, each once', () => {
    const buffers = transferables(tableOf().columns);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});

describe('mergeColumns (parts of a file read on separate workers)', () => {
  it('gives the rows, ids and paper count of the whole', () => {
    const dup = (paper_id: string, start: number) => claim({ paper_id, span: 'x', start, end: start + 1 });
    const claims = [dup('a', 0), dup('b', 0), dup('a', 0), dup('c', 1), dup('a', 0), dup('b', 0), dup('c', 1), dup('d', 2)];
    for (const parts of [[8], [3, 5], [2, 2, 4], [1, 1, 1, 1, 1, 1, 1, 1]]) {
      let at = 0;
      const merged = new ClaimTable(mergeColumns(parts.map((size) => columnsOfClaims(claims.slice(at, (at += size))))));
      expect(merged.rows.map(plainRow), parts.join('+')).toEqual(withIds(claims));
      expect([...merged.columns.jitter]).toEqual(withIds(claims).map((r) => jitter(r.id)));
      expect(merged.columns.papers).toBe(4);
    }
    const generated = generateCorpus({ rows: 3000, seed: 2, sample: CLAIMS }).claims;
    const merged = new ClaimTable(mergeColumns([columnsOfClaims(generated.slice(0, 1111)), columnsOfClaims(generated.slice(1111))]));
    expect(merged.rows.map(plainRow)).toEqual(withIds(generated));
  });
});

describe('finishColumns and usableRows (a file read as columns)', () => {
  const text = (values: string[], codes: number[]) => ({ values: packStrings(values), codes: Int32Array.from(codes) });
  const raw: RawColumns = {
    n: 4,
    text: {
      paper_id: text(['p1', 'p2'], [0, 0, 1, -1]), title: text(['A', 'B'], [0, 0, 1, 1]), metric: text(['speed', 'nonsense'], [0, 0, 1, -1]),
      topic: text(['Graph learning', 'Made up'], [0, 1, 0, 1]), qualifier: text(['up_to', 'maybe'], [0, 1, -1, 0]),
      baseline: text(['vLLM;  Orca ;', ''], [0, 1, -1, 0]), unit: text(['x'], [0, 0, 0, 0]),
    },
    num: {
      value_low: Float64Array.of(2, NaN, 3, 4), value_high: Float64Array.of(NaN, 1, 3, 4), factor_low: Float64Array.of(2, NaN, 3, 4),
      start: Float64Array.of(1, NaN, 0, 0),
    },
  };
  it('reads cells as cellsToClaim does and skips rows it would skip, saying why', () => {
    const { keep, issues } = usableRows(raw, (row) => row + 1);
    expect(issues).toEqual([
      { line: 2, message: 'value_low is empty' }, { line: 3, message: 'unknown metric "nonsense"' }, { line: 4, message: 'unknown metric ""' },
    ]);
    const rows = new ClaimTable(finishColumns(keepRows(raw, keep!))).rows.map(plainRow);
    expect(rows).toEqual([expect.objectContaining({
      paper_id: 'p1', title: 'A', metric: 'speed', topic: 'Graph learning', qualifier: 'up_to', baseline: ['vLLM', 'Orca'], hardware: [],
      value_low: 2, value_high: 2, factor_low: 2, factor_high: 2, system: '', evidence: '', start: 1, end: 0, id: 'p1@1-0',
    })]);
    const all = new ClaimTable(finishColumns(raw)).rows.map(plainRow);
    expect(all.map((r) => [r.topic, r.qualifier, r.comparison, r.direction])).toEqual([
      ['Graph learning', 'up_to', 'relative', 'increase'], ['Other', 'exact', 'relative', 'increase'],
      ['Graph learning', 'exact', 'relative', 'increase'], ['Other', 'up_to', 'relative', 'increase'],
    ]);
  });
});

describe('orderByKey', () => {
  it('orders as a stable comparison sort does, either way, negative numbers, zeros and infinities included', () => {
    const values = fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, 2, -1)), { maxLength: 200 });
    fc.assert(fc.property(values, fc.boolean(), (values, desc) => {
      const keys = Float64Array.from(values);
      const rows = Int32Array.from(values.map((_, i) => i));
      const expected = [...rows].sort((a, b) => (keys[a] - keys[b] || 0) * (desc ? -1 : 1) || a - b);
      expect([...orderByKey(rows, keys, desc)]).toEqual(expected);
    }), { numRuns: 300 });
  });
});
