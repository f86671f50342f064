/**
 * CsvScanner reads bytes as papaparse (csv.ts's reader) reads the same text, or declines: on what csv.ts writes
 * (random cells with commas, quotes, CR, LF, non-ASCII), on LF line ends, and on random damage to such text.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvScanner, fieldText, copyField, Scan, utf16Length } from '../../../extract/core/csvScan.ts';
import { rowsToCsv } from '../../../extract/core/csv.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The records the scanner finds in `text` after its first line, or null when it declines. */
function scanned(text: string, width: number, crlf: boolean): string[][] | null {
  const bytes = encoder.encode(text);
  const s = new CsvScanner(width, crlf);
  s.reset(bytes);
  const rows: string[][] = [];
  for (let at = 0; ;) {
    const r = s.scan(at, true);
    if (r === Scan.End) return rows;
    if (r === Scan.Decline || r === Scan.Incomplete) return r === Scan.Decline ? null : rows;
    rows.push(Array.from({ length: s.fields }, (_, j) => fieldText(bytes, s.starts[j], s.ends[j], s.escaped[j], decoder)));
    at = s.next;
  }
}

/** What papaparse reads, as csvPart.ts's reader calls it (a trailing empty record dropped as blank lines are). */
function papa(text: string): string[][] {
  // The text the bytes hold (a lone surrogate an edit made is U+FFFD in them).
  // With the header's delimiter, as csvPart.ts reads records (a body of ";" cells alone would be guessed ';'-separated).
  const rows = Papa.parse<string[]>(decoder.decode(encoder.encode(text)), { header: false, delimiter: ',' }).data;
  return rows.filter((r, i) => !(i === rows.length - 1 && r.length === 1 && r[0] === ''));
}

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly', 'cr\ronly', '""', '"', ',', ' ', 'ü€😀', ''),
);
const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc.tuple(fc.constant(width), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })));

describe('CsvScanner', () => {
  it('reads what csv.ts writes (CRLF) as papaparse does', () => {
    fc.assert(fc.property(table, ([width, rows]) => {
      const body = rowsToCsv(Array.from({ length: width }, (_, j) => `c${j}`), rows, { header: false });
      const got = scanned(body, width, true);
      if (got === null) return;
      expect(got).toEqual(papa(body));
    }), { numRuns: 300 });
  });
  it('declines nothing csv.ts writes', () => {
    fc.assert(fc.property(table, ([width, rows]) => {
      const body = rowsToCsv(Array.from({ length: width }, (_, j) => `c${j}`), rows, { header: false });
      expect(scanned(body, width, true)).not.toBeNull();
    }), { numRuns: 200 });
  });
  it('LF line ends: the same, or declined where a cell holds a CR papaparse might take for the line end', () => {
    fc.assert(fc.property(table, ([width, rows]) => {
      const body = rowsToCsv(Array.from({ length: width }, (_, j) => `c${j}`), rows, { header: false }).replace(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\n');
      const got = scanned(body, width, false);
      if (got !== null && !body.includes('\r')) expect(got).toEqual(papa(body));
    }), { numRuns: 200 });
  });
  it('damaged text: what it reads, papaparse reads the same (or it declines)', () => {
    const damage = fc.tuple(table, fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', ',', '\r', '\n', 'x', '\uFEFF', ' "')), { maxLength: 3 }));
    fc.assert(fc.property(damage, ([[width, rows], edits]) => {
      let body = rowsToCsv(Array.from({ length: width }, (_, j) => `c${j}`), rows, { header: false });
      for (const [at, s] of edits) { const i = at % (body.length + 1); body = body.slice(0, i) + s + body.slice(i); }
      const got = scanned(body, width, true);
      if (got === null) return;
      // papaparse guesses the line end (csv.ts writes CRLF): compare where it guesses CRLF, as on any csv.ts table.
      if (Papa.parse(body).meta.linebreak !== '\r\n') return;
      expect(got).toEqual(papa(body));
    }), { numRuns: 500 });
  });
  it('says a record is incomplete when the bytes end inside it (more to come)', () => {
    const s = new CsvScanner(2, true);
    for (const text of ['a,"b\r\n', 'a,b', 'a,b\r', '"a""', 'a,"b"']) {
      s.reset(encoder.encode(text));
      expect(s.scan(0, false), text).toBe(Scan.Incomplete);
    }
    s.reset(encoder.encode('a,"b\r\nc"\r\nx,y'));
    expect(s.scan(0, false)).toBe(Scan.Record);
    expect(s.next).toBe(10);
  });
  it('declines a BOM at a record start, a quote inside an unquoted cell, text after a closing quote, a stray CR, extra cells', () => {
    for (const text of ['\uFEFFa,b\r\n', 'a"b,c\r\n', '"a"b,c\r\n', 'a\rb,c\r\n', 'a,b\n', 'a,b,c\r\n']) {
      expect(scanned(text, 2, true), JSON.stringify(text)).toBeNull();
    }
  });
});

describe('copyField and utf16Length', () => {
  it('copies a cell with its doubled quotes undone', () => {
    const bytes = encoder.encode('"say ""hi"", ""x"""');
    const out = new Uint8Array(64);
    const n = copyField(bytes, 1, bytes.length - 1, 1, out, 0);
    expect(decoder.decode(out.subarray(0, n))).toBe('say "hi", "x"');
  });
  it('counts UTF-16 units of well-formed UTF-8 and refuses the rest', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      const bytes = encoder.encode(s);
      const wellFormed = decoder.decode(bytes) === s; // no lone surrogate
      expect(utf16Length(bytes)).toBe(wellFormed ? s.length : decoder.decode(bytes).length);
    }));
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xff]]) {
      expect(utf16Length(Uint8Array.from(bad)), String(bad)).toBe(-1);
    }
  });
});
