/**
 * claims.csv out and back: formula cells are neutralised, and export → import gives every row back exactly.
 * List cells (baseline, hardware) are `; `-joined, so their items are trimmed texts without `;` — the format's contract.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { claimsToCsv, parseClaimsCsv, papersToCsv } from '../../../extract/core/table.ts';
import { CLAIM_COLUMNS, METRICS, QUALIFIERS, TOPICS, type Claim } from '../../../extract/core/types.ts';

const HOSTILE_STARTS = ['=', '+', '-', '@', '\t', '\r', "'=", "''+", '"', '\n', ' '];

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.tuple(fc.constantFrom(...HOSTILE_STARTS), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  fc.constantFrom('=HYPERLINK("http://x","y")', '@SUM(A1)', '-2+3', '+cmd|/c calc', 'a,"b"\r\nc', '<img src=x onerror=alert(1)>'),
);
const listItem = text.map((s) => s.replace(/;/g, ',').trim()).filter((s) => s.length > 0);
const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => (n === 0 ? 0 : n));

const claim: fc.Arbitrary<Claim> = fc.record({
  paper_id: text, title: text, topic: fc.constantFrom(...TOPICS), metric: fc.constantFrom(...METRICS),
  comparison: fc.constantFrom('relative' as const, 'absolute' as const), direction: fc.constantFrom('increase' as const, 'decrease' as const),
  value_low: num, value_high: num, unit: text, qualifier: fc.constantFrom(...QUALIFIERS),
  factor_low: fc.option(num, { nil: null }), factor_high: fc.option(num, { nil: null }),
  baseline: fc.array(listItem, { maxLength: 3 }), hardware: fc.array(listItem, { maxLength: 2 }),
  hardware_count: fc.option(fc.nat(100_000), { nil: null }), model: text, span: text,
  start: fc.nat(100_000), end: fc.nat(100_000), evidence: text,
}).map((c) => ({ ...c, factor_high: c.factor_low === null ? null : c.factor_high ?? c.factor_low }));

describe('claimsToCsv', () => {
  it('writes the spec columns in spec order, header-only when empty', () => {
    expect(claimsToCsv([])).toBe(`${CLAIM_COLUMNS.join(',')}\r\n`);
  });

  it('neutralises every text cell a spreadsheet would run', () => {
    fc.assert(fc.property(fc.array(claim, { minLength: 1, maxLength: 5 }), (claims) => {
      const rows = Papa.parse<string[]>(claimsToCsv(claims), { skipEmptyLines: false }).data.slice(1);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?![\d.])/);
    }), { numRuns: 200 });
  });

  it('round-trips every row exactly through parseClaimsCsv', () => {
    fc.assert(fc.property(fc.array(claim, { maxLength: 8 }), (claims) => {
      const { claims: back, issues } = parseClaimsCsv(claimsToCsv(claims));
      expect(issues).toEqual([]);
      expect(back).toEqual(claims);
    }), { numRuns: 300 });
  });

  it('escapes a title that is a formula and reads it back unchanged', () => {
    const c = fc.sample(claim, 1)[0];
    const hostile = { ...c, title: '=HYPERLINK("http://evil","click")', model: '@cmd', span: '+1' };
    const csv = claimsToCsv([hostile]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(parseClaimsCsv(csv).claims[0]).toEqual(hostile);
  });
});

describe('papersToCsv', () => {
  it('lists hardware with "; " and keeps abstracts with newlines and quotes in one cell', () => {
    const csv = papersToCsv([{ paper_id: 'p', title: 'T', topic: 'Other', hardware_mentioned: ['A100', 'H100'], n_claims: 0, abstract: 'a "b"\nc' }]);
    expect(Papa.parse<string[]>(csv).data).toEqual([
      ['paper_id', 'title', 'topic', 'hardware_mentioned', 'n_claims', 'abstract'],
      ['p', 'T', 'Other', 'A100; H100', '0', 'a "b"\nc'],
    ]);
  });
});
