/**
 * claims.csv out and back: exact by default, formula cells neutralised when spreadsheet-safe, and export → import
 * gives every row back exactly.
 * List cells (baseline, hardware) are `; `-joined, so their items are trimmed texts without `;` — the format's contract.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { claimsToCsv, claimToRecord, parseClaimsCsv, parsePapersCsv, papersToCsv } from '../../../extract/core/table.ts';
import { CLAIM_COLUMNS } from '../../../extract/core/fields.ts';
import { METRICS, QUALIFIERS, TOPICS, type Claim } from '../../../extract/core/types.ts';

const NUMBER_COLUMNS: readonly string[] = ['value_low', 'value_high', 'factor_low', 'factor_high', 'hardware_count', 'start', 'end'];
const HOSTILE_STARTS = ['=', '+', '-', '@', '\t', '\r', "'=", "''+", '"', '\n', ' '];

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.tuple(fc.constantFrom(...HOSTILE_STARTS), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  fc.constantFrom('=HYPERLINK("http://x","y")', '@SUM(A1)', '-2+3', '+cmd|/c calc', 'a,"b"\r\nc', '<img src=x onerror=alert(1)>'),
);
const listItem = text.map((s) => s.replace(/;/g, ',').trim()).filter((s) => s.length > 0);
const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => (n === 0 ? 0 : n));

const claim: fc.Arbitrary<Claim> = fc.record({
  paper_id: text, title: text, system: text, topic: fc.constantFrom(...TOPICS), metric: fc.constantFrom(...METRICS),
  comparison: fc.constantFrom('relative' as const, 'absolute' as const), direction: fc.constantFrom('increase' as const, 'decrease' as const),
  value_low: num, value_high: num, unit: text, qualifier: fc.constantFrom(...QUALIFIERS),
  factor_low: fc.option(num, { nil: null }), factor_high: fc.option(num, { nil: null }),
  baseline: fc.array(listItem, { maxLength: 3 }), hardware: fc.array(listItem, { maxLength: 2 }),
  hardware_count: fc.option(fc.nat(100_000), { nil: null }), model: text, span: text,
  start: fc.nat(100_000), end: fc.nat(100_000), evidence: text,
}).map((c) => ({ ...c, factor_high: c.factor_low === null ? null : c.factor_high ?? c.factor_low }));

const cellsOf = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: false }).data.slice(1);
const startsLikeFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

describe('claimsToCsv', () => {
  it('writes the spec columns in spec order, header-only when empty', () => {
    expect(claimsToCsv([])).toBe(`${CLAIM_COLUMNS.join(',')}\r\n`);
  });

  it('spreadsheet-safe: neutralises every text cell a spreadsheet would run', () => {
    fc.assert(fc.property(fc.array(claim, { minLength: 1, maxLength: 5 }), (claims) => {
      for (const row of cellsOf(claimsToCsv(claims, { spreadsheetSafe: true }))) {
        for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?![\d.])/);
      }
    }), { numRuns: 200 });
  });

  it('exact (the default): every cell is the text as it is, for any CSV reader', () => {
    fc.assert(fc.property(fc.array(claim, { minLength: 1, maxLength: 5 }), (claims) => {
      const expected = claims.map((c) => CLAIM_COLUMNS.map((k) => String(claimToRecord(c)[k])));
      expect(cellsOf(claimsToCsv(claims))).toEqual(expected);
    }), { numRuns: 200 });
  });

  it('spreadsheet-safe: round-trips every row exactly through parseClaimsCsv', () => {
    fc.assert(fc.property(fc.array(claim, { maxLength: 8 }), (claims) => {
      const { claims: back, issues } = parseClaimsCsv(claimsToCsv(claims, { spreadsheetSafe: true }));
      expect(issues).toEqual([]);
      expect(back).toEqual(claims);
    }), { numRuns: 300 });
  });

  it('exact: round-trips every row exactly through parseClaimsCsv when a text cell starts like a formula', () => {
    fc.assert(fc.property(fc.array(claim, { minLength: 1, maxLength: 8 }), (claims) => {
      const csv = claimsToCsv(claims);
      fc.pre(cellsOf(csv).some((row) => row.some((cell, j) => startsLikeFormula(cell) && !NUMBER_COLUMNS.includes(CLAIM_COLUMNS[j]))));
      const { claims: back, issues } = parseClaimsCsv(csv);
      expect(issues).toEqual([]);
      expect(back).toEqual(claims);
    }), { numRuns: 300 });
  });

  it('tells the two apart by their cells: a span such as +0.8% is kept either way', () => {
    const c = { ...fc.sample(claim, 1)[0], paper_id: 'p', title: 'T', system: 'S', unit: '%', model: '', baseline: [], hardware: [], evidence: 'e' };
    const plus = { ...c, span: '+0.8% absolute' };
    const quoted = { ...c, span: "'+1" }; // a cell that itself starts with ' before a formula character
    expect(claimsToCsv([plus, quoted])).toContain(",+0.8% absolute,");
    expect(claimsToCsv([plus, quoted], { spreadsheetSafe: true })).toContain(`,"'+0.8% absolute",`);
    expect(parseClaimsCsv(claimsToCsv([plus, quoted])).claims).toEqual([plus, quoted]);
    expect(parseClaimsCsv(claimsToCsv([plus, quoted], { spreadsheetSafe: true })).claims).toEqual([plus, quoted]);
    // The documented limit: an exact table whose only such cell starts with ' reads as spreadsheet-safe.
    expect(parseClaimsCsv(claimsToCsv([quoted])).claims[0].span).toBe('+1');
    // Negative numbers are never escaped, so they say nothing about how a table was written.
    expect(parseClaimsCsv(claimsToCsv([{ ...quoted, value_low: -5, value_high: -5 }], { spreadsheetSafe: true })).claims[0].span).toBe("'+1");
  });

  it('escapes a title that is a formula when spreadsheet-safe, and reads it back unchanged either way', () => {
    const c = fc.sample(claim, 1)[0];
    const hostile = { ...c, title: '=HYPERLINK("http://evil","click")', model: '@cmd', span: '+1' };
    const safe = claimsToCsv([hostile], { spreadsheetSafe: true });
    expect(safe).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(parseClaimsCsv(safe).claims[0]).toEqual(hostile);
    const exact = claimsToCsv([hostile]);
    expect(exact).toContain(`"=HYPERLINK(""http://evil"",""click"")"`);
    expect(parseClaimsCsv(exact).claims[0]).toEqual(hostile);
  });
});

describe('papersToCsv', () => {
  it('lists hardware with "; " and keeps abstracts with newlines and quotes in one cell', () => {
    const csv = papersToCsv([{ paper_id: 'p', title: 'T', system: 'T', topic: 'Other', hardware_mentioned: ['A100', 'H100'], n_claims: 0, abstract: 'a "b"\nc' }]);
    expect(Papa.parse<string[]>(csv).data).toEqual([
      ['paper_id', 'title', 'system', 'topic', 'hardware_mentioned', 'n_claims', 'abstract'],
      ['p', 'T', 'T', 'Other', 'A100; H100', '0', 'a "b"\nc'],
    ]);
  });

  it('parsePapersCsv reads exact and spreadsheet-safe tables alike', () => {
    const paper = { paper_id: '2406.10010', title: '-1 is a title', system: '', topic: 'Other' as const, hardware_mentioned: [], n_claims: 0, abstract: '+0.8% absolute' };
    for (const spreadsheetSafe of [false, true]) {
      const { fields, records } = parsePapersCsv(papersToCsv([paper], { spreadsheetSafe }));
      expect(fields).toEqual(['paper_id', 'title', 'system', 'topic', 'hardware_mentioned', 'n_claims', 'abstract']);
      expect(records).toEqual([{ paper_id: '2406.10010', title: '-1 is a title', system: '', topic: 'Other', hardware_mentioned: '', n_claims: '0', abstract: '+0.8% absolute' }]);
    }
  });
});
