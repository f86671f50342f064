/**
 * A claims CSV read from its bytes (csvPart.ts with CsvScanner and csvColumns.ts) gives the columns papaparse and
 * table.ts give it, entry for entry, in one part or several cut inside quoted line breaks; CRLF, LF and a BOM; the
 * line of a bad record; and a table loaded then exported is the file it was, byte for byte.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { claimsToCsv, parseClaimsCsv, type TableIssue } from '../../../extract/core/table.ts';
import { METRICS, QUALIFIERS, TOPICS, type Claim } from '../../../extract/core/types.ts';
import { unescapeColumns, type ClaimColumns } from '../../../src/lib/claimColumns.ts';
import { withIds, type Row } from '../../../src/lib/claims.ts';
import { ClaimTable, plainRow } from '../../../src/lib/claimTable.ts';
import { readCsvPart, type CsvPart } from '../../../src/lib/csvPart.ts';
import { csvBlob } from '../../../src/lib/exportCsv.ts';
import { loadClaims } from '../../../src/lib/load.ts';
import { mergeColumns } from '../../../src/lib/mergeColumns.ts';
import { CLAIMS } from './helpers.ts';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('a,"b"\r\nc', '\uFEFFbom', 'two\nlines', 'say "hi"', '+0.8%', "'=x", '  ', 'ü€😀', 'x;y; z', '', 'cr\ronly'),
);
const num = fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
const claim: fc.Arbitrary<Claim> = fc.record({
  paper_id: fc.oneof(text, fc.constantFrom('2401.00001', '2401.00002')), title: text, system: text,
  topic: fc.constantFrom(...TOPICS), metric: fc.constantFrom(...METRICS),
  comparison: fc.constantFrom('relative' as const, 'absolute' as const), direction: fc.constantFrom('increase' as const, 'decrease' as const),
  value_low: num, value_high: num, unit: text, qualifier: fc.constantFrom(...QUALIFIERS),
  factor_low: fc.option(num, { nil: null }), factor_high: fc.option(num, { nil: null }),
  baseline: fc.array(text.map((s) => s.replace(/;/g, ',').trim()).filter(Boolean), { maxLength: 3 }),
  hardware: fc.array(fc.constantFrom('A100', 'H100', 'RTX 4090'), { maxLength: 2 }),
  hardware_count: fc.option(fc.nat(8), { nil: null }), model: text, span: text,
  start: fc.nat(2000), end: fc.nat(2000), evidence: text,
});
/** Records that are not claims, as a hand-edited file has them (cellsToClaim's three messages) and blank lines. */
const BAD = [
  'X,Y,,Other,nonsense,relative,increase,1,1,x,exact,1,1,,,,,1x,0,2,1x',
  'X,Y,,Other,speed,relative,increase,fast,1,x,exact,1,1,,,,,1x,0,2,1x',
  'X,Y,,Other,speed,relative,increase,1,1,x,exact,1,1,,,,,1x,zero,2,1x',
  '', ' , ,',
];

/** The same bytes read by papaparse alone and from the bytes, in `parts` parts, merged as the page does. */
async function both(file: Blob, parts: number): Promise<{ scanned: CsvPart[]; parsed: CsvPart[] }> {
  const read = async (scan: boolean) => {
    const ps = await Promise.all(Array.from({ length: parts }, (_, k) => readCsvPart(file, k, parts, () => {}, { scan })));
    // As csvLoad.ts: parts that do not meet (a cut before the first record's end) are read again as one.
    return ps.some((p, k) => k > 0 && ps[k - 1].end !== p.start) ? [await readCsvPart(file, 0, 1, () => {}, { scan })] : ps;
  };
  return { scanned: await read(true), parsed: await read(false) };
}

/** What the page makes of the parts (csvLoad.ts): columns merged, formula escape undone, issues' lines in the file. */
function loaded(parts: CsvPart[]): { rows: Row[]; issues: TableIssue[]; columns: ClaimColumns } {
  let columns = mergeColumns(parts.map((p) => p.columns));
  if (!parts.some((p) => p.formulaSeen)) columns = unescapeColumns(columns);
  let before = 0;
  const issues = parts.flatMap((p) => {
    const out = p.issues.map((i) => ({ ...i, line: i.line + before }));
    before += p.records;
    return out;
  });
  return { rows: new ClaimTable(columns).rows.map(plainRow), issues, columns };
}

/**
 * Read from the bytes = what parseClaimsCsv (the one reading of a claims CSV) gives the whole text; and entry for entry
 * the columns papaparse's piecewise reading gives, where that reading is right (it guesses the delimiter and line end
 * of each part without the header, and on a few hostile tables guesses wrong).
 */
function expectSame(scanned: CsvPart[], parsed: CsvPart[], text: string): void {
  // papaparse guesses the delimiter from the first rows: a blank line and cells with semicolons can make it guess ';'.
  if (Papa.parse(text.replace(/^\uFEFF/, ''), { preview: 10 }).meta.delimiter !== ',') return;
  const reference = parseClaimsCsv(text);
  const got = loaded(scanned);
  expect(got.rows).toEqual(withIds(reference.claims));
  expect(got.issues).toEqual(reference.issues);
  const before = loaded(parsed);
  if (!isDeepStrictEqual(before.rows, got.rows) || !isDeepStrictEqual(before.issues, got.issues)) return;
  expect(got.columns).toEqual(before.columns);
  const cuts = (ps: CsvPart[]) => ps.map((p) => [p.start, p.end, p.records, p.formulaSeen]);
  expect(cuts(scanned)).toEqual(cuts(parsed));
}

describe('a claims CSV read from its bytes = read by papaparse', () => {
  it('random tables, exact or spreadsheet-safe, CRLF or LF, with bad and blank records, in 1–4 parts', async () => {
    const input = fc.record({
      claims: fc.array(claim, { minLength: 1, maxLength: 12 }),
      bad: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BAD)), { maxLength: 3 }),
      safe: fc.boolean(), lf: fc.boolean(), bom: fc.boolean(), parts: fc.integer({ min: 1, max: 4 }),
    });
    await fc.assert(fc.asyncProperty(input, async ({ claims, bad, safe, lf, bom, parts }) => {
      const lines = claimsToCsv(claims, { spreadsheetSafe: safe }).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      for (const [at, line] of bad) lines.splice(1 + (at % lines.length), 0, line);
      const body = lines.join(lf ? '\n' : '\r\n');
      const { scanned, parsed } = await both(new Blob([bom ? '\uFEFF' : '', body]), parts);
      expectSame(scanned, parsed, (bom ? '\uFEFF' : '') + body);
    }), { numRuns: 150 });
  });

  it('cuts inside quoted line breaks (CRLF and LF in a cell) still read from the bytes, in any number of parts', async () => {
    const multiline = CLAIMS.map((c, i) => ({ ...c, evidence: `${c.evidence}${i % 2 ? '\r\n' : '\n'}second "quoted" line,\n\nwith comma` }));
    const text = claimsToCsv([...multiline, ...multiline, ...multiline, ...multiline]);
    const file = new Blob([text]);
    for (const parts of [1, 2, 3, 5, 8, 13]) {
      const { scanned, parsed } = await both(file, parts);
      expect(scanned.every((p) => p.reader === 'scan')).toBe(true);
      scanned.forEach((p, k) => { if (k > 0) expect(p.start).toBe(scanned[k - 1].end); });
      expectSame(scanned, parsed, text);
    }
  });

  it('a quoted cell whose lines look like records: a part that starts inside it is found out, the file read as one', async () => {
    const record = 'X,Y,,Other,speed,relative,increase,1,1,x,exact,1,1,,,,,1x,0,2,1x';
    const lookalike = CLAIMS.map((c) => ({ ...c, evidence: `${c.evidence}\r\n${record}\r\n${record}\r\n${record}\r\n` }));
    const text = claimsToCsv([...lookalike, ...lookalike, ...lookalike]);
    const file = new Blob([text]);
    let caught = 0;
    for (let parts = 2; parts <= 24; parts++) {
      const ps = await Promise.all(Array.from({ length: parts }, (_, k) => readCsvPart(file, k, parts)));
      const meet = ps.every((p, k) => k === 0 || ps[k - 1].end === p.start);
      if (!meet) caught++;
      const read = meet ? ps : [await readCsvPart(file, 0, 1)];
      expect(loaded(read).rows).toEqual(withIds(parseClaimsCsv(text).claims));
    }
    expect(caught).toBeGreaterThan(0); // some cut did land inside such a cell
  });

  it('CRLF, LF and a BOM are read from the bytes', async () => {
    const crlf = claimsToCsv(CLAIMS);
    for (const body of [crlf, `\uFEFF${crlf}`, crlf.replace(/\r\n/g, '\n'), `\uFEFF${crlf.replace(/\r\n/g, '\n')}\n\n`]) {
      const { scanned, parsed } = await both(new Blob([body]), 2);
      expect(scanned.map((p) => p.reader)).toEqual(['scan', 'scan']);
      expectSame(scanned, parsed, body);
    }
  });

  it('a file papaparse must guess at (semicolons, a stray quote) is read by papaparse, the same as before', async () => {
    const csv = claimsToCsv(CLAIMS);
    const stray = csv.replace('S-LoRA:', 'S-LoRA":');
    const { scanned } = await both(new Blob([stray]), 1);
    expect(scanned[0].reader).toBe('papaparse');
    expect((await loadClaims(stray)).table.n).toBe(CLAIMS.length);
  });

  it("records papaparse reads without the scanner keep the header's delimiter, however many semicolons a cell holds", async () => {
    // A stray quote makes the scanner decline; the records alone, 40 baselines a row in an unquoted cell, would be
    // guessed ';'-separated.
    const claims = CLAIMS.slice(0, 3).map((c) => ({ ...c, baseline: Array.from({ length: 40 }, (_, i) => `B${i}`) }));
    const stray = claimsToCsv(claims).replace('S-LoRA:', 'S-LoRA":');
    const { scanned } = await both(new Blob([stray]), 1);
    expect(scanned[0].reader).toBe('papaparse');
    expect(scanned[0].issues).toEqual([]);
    expect(loaded(scanned).rows.map((r) => r.baseline)).toEqual(claims.map((c) => c.baseline));
  });

  it('a bad record is reported with its line, in whichever part it falls', async () => {
    const lines = claimsToCsv(Array.from({ length: 50 }, (_, i) => CLAIMS[i % CLAIMS.length])).split('\r\n');
    lines.splice(40, 0, BAD[0]);
    lines.splice(5, 0, BAD[1]);
    const text = lines.join('\r\n');
    for (const parts of [1, 2, 3]) {
      const read = await Promise.all(Array.from({ length: parts }, (_, k) => readCsvPart(new Blob([text]), k, parts)));
      expect(loaded(read).issues).toEqual([
        { line: 6, message: 'value_low/value_high is not a number ("fast", "1")' },
        { line: 42, message: 'unknown metric "nonsense"' },
      ]);
    }
    expect((await loadClaims(text)).issues.map((i) => i.line)).toEqual([6, 42]);
  });
});

describe('load → Export CSV', () => {
  it('gives back the exported file byte for byte (with or without the BOM)', async () => {
    const claims = [...CLAIMS, { ...CLAIMS[0], evidence: 'a "quoted",\r\nmultiline\nclaim', span: '-30%', baseline: ['x', 'y'] }];
    for (const bom of [false, true]) {
      const exported = csvBlob(claimsToCsv(claims, { spreadsheetSafe: true }), bom);
      const { table } = await loadClaims(exported);
      const again = csvBlob(claimsToCsv(table.rows.map(plainRow), { spreadsheetSafe: true }), bom);
      expect(new Uint8Array(await again.arrayBuffer())).toEqual(new Uint8Array(await exported.arrayBuffer()));
    }
  });
});
