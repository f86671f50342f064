/**
 * rowsToCsv writes what papaparse's unparse wrote before it (the tables written before and after must be
 * byte-identical): the same quoting, formula escape, CRLFs and empty-table shape, for any cells.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { rowsToCsv } from '../../../extract/core/csv.ts';
import type { Cell } from '../../../extract/core/fields.ts';

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The writer rowsToCsv replaced, as it was called. */
function papaparseCsv(columns: readonly string[], rows: readonly (readonly Cell[])[], spreadsheetSafe: boolean, header: boolean): string {
  return Papa.unparse(
    { fields: [...columns], data: rows as Cell[][] },
    { escapeFormulae: spreadsheetSafe ? FORMULA_START : false, header, newline: '\r\n' },
  );
}

const TRICKY = ['', ' ', 'a b', ' lead', 'trail ', '"', 'a"b', 'a,b', 'a\r\nb', '\n', '\r', '\ufeffbom', "'=x", "''+1", '=1+1',
  '+0.8%', '-30%', '@SUM(A1)', '\tx', '\rx', '; ', 'plain'];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.tuple(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.constantFrom(...TRICKY)).map(([a, b, c]) => a + b + c),
  fc.double({ noNaN: false }), fc.integer(), fc.constant(null),
);

describe('rowsToCsv', () => {
  it('is byte-identical with papaparse for any cells, header or not, exact or spreadsheet-safe', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 5 }).chain((width) => fc.record({
        columns: fc.array(fc.oneof(fc.constantFrom('paper_id', 'a b', '=x', 'q"'), fc.string({ maxLength: 5 })), { minLength: width, maxLength: width }),
        rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 4 }),
        spreadsheetSafe: fc.boolean(), header: fc.boolean(),
      })),
      ({ columns, rows, spreadsheetSafe, header }) => {
        expect(rowsToCsv(columns, rows, { spreadsheetSafe, header })).toBe(papaparseCsv(columns, rows, spreadsheetSafe, header));
      },
    ), { numRuns: 2000 });
  });

  it('keeps papaparse\'s shapes: no rows is a header with CRLF, an empty row has no commas, the default writes a header', () => {
    for (const [columns, rows] of [[['a', 'b'], []], [[], []], [['a', 'b'], [[]]], [['a'], [['x'], []]], [[], [['x', 'y']]]] as const) {
      for (const header of [true, false]) {
        expect(rowsToCsv(columns, rows, { header })).toBe(papaparseCsv(columns, rows, false, header));
      }
    }
    expect(rowsToCsv(['a', 'b'], [['1', 2]])).toBe(papaparseCsv(['a', 'b'], [['1', 2]], false, true));
  });
});
