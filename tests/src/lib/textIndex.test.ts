/** The search index (textIndex.ts) against `includes` on every row: real evidence sentences, then random texts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packStrings, packUtf8 } from '../../../extract/core/packed.ts';
import { TextIndex, type Found } from '../../../src/lib/textIndex.ts';
import { CLAIMS } from './helpers.ts';

/** The rows whose lower-cased text contains the needle, by scanning: the definition the index must meet. */
const scan = (texts: readonly string[], needle: string, within: Uint8Array | null = null) =>
  texts.flatMap((t, i) => ((!within || within[i]) && t.toLowerCase().includes(needle) ? [i] : []));
const rowsOf = (match: Uint8Array) => [...match.keys()].filter((i) => match[i] === 1);

describe('TextIndex', () => {
  const texts = CLAIMS.map((c) => `${c.title}\n${c.evidence}\n${c.model}`);
  const index = new TextIndex(texts.length, (i) => texts[i]);

  it.each([
    ['one letter', 'v'],
    ['two letters (the pair bitset alone)', 'vl'],
    ['a word', 'vllm'],
    ['mixed case in the text', 'flashattention'],
    ['digits and a dot', '1.79'],
    ['letter and space', 'x '],
    ['a multiplication sign (a class shared with other characters)', '×'],
    ['a sign then a digit', '× 1'],
    ['a hyphenated name', 'llama-2'],
    ['a phrase', 'up to 4'],
    ['absent', 'zzqx'],
  ])('%s: %j', (_, needle) => {
    const want = scan(texts, needle);
    expect(rowsOf(index.match(needle))).toEqual(want);
  });

  it('finds real claims by their words', () => {
    // Counted independently: the fixture's sentences that mention vLLM.
    const vllm = CLAIMS.filter((c) => /vllm/i.test(`${c.title}\n${c.evidence}\n${c.model}`)).length;
    expect(vllm).toBeGreaterThan(0);
    expect(rowsOf(index.match('vllm'))).toHaveLength(vllm);
  });

  it('only considers the rows given in `within`', () => {
    const within = new Uint8Array(texts.length);
    for (let i = 0; i < texts.length; i += 2) within[i] = 1;
    expect(rowsOf(index.match('e', within))).toEqual(scan(texts, 'e', within));
    expect(rowsOf(index.match('e', within)).every((i) => i % 2 === 0)).toBe(true);
  });

  it('builds in slices while asked to, at least one slice per call, and finishes on the first match', () => {
    const slow = new TextIndex(texts.length, (i) => texts[i]);
    expect(slow.ready).toBe(false);
    expect(texts.length).toBe(7);
    expect(slow.build(() => false, 2)).toBe(false); // one slice of 2 rows
    expect(slow.indexed).toBe(2);
    let calls = 0;
    expect(slow.build(() => ++calls < 2, 2)).toBe(false); // a slice, asks, a slice, asks: 6 rows
    expect(slow.indexed).toBe(6);
    expect(rowsOf(slow.match('the'))).toEqual(scan(texts, 'the'));
    expect(slow.ready).toBe(true);
  });

  it('equals a scan across chunks of rows (32,768 each), built in slices that end inside and at their edges', () => {
    // Rows with a pair only in some chunks ('qz' in the first, 'xw' in the last, partial one), 'ab' in every chunk.
    const n = 70_000;
    const rows = Array.from({ length: n }, (_, i) => `ab ${i % 7 === 0 ? 'cd' : 'ef'}${i < 1000 && i % 10 === 0 ? ' qz' : ''}${i > 66_000 && i % 3 === 0 ? ' xw' : ''}`);
    const ix = new TextIndex(n, (i) => rows[i]);
    let calls = 0;
    while (!ix.build(() => ++calls % 4 !== 0, 3_000)) { /* slices */ }
    expect(ix.indexed).toBe(n);
    for (const needle of ['qz', 'xw', 'ab', 'cd', 'b c', 'f x', 'zz', ' q', 'a']) expect(rowsOf(ix.match(needle))).toEqual(scan(rows, needle));
  });

  it('equals a scan for random texts and needles (ASCII, accents, astral characters, rows past a word of bits)', () => {
    const alphabet = fc.constantFrom(...'abce 01.-×\nÉéİ𝛼'.split(/(?:)/u));
    const text = fc.array(alphabet, { maxLength: 30 }).map((a) => a.join(''));
    const rowsAndChars = [fc.array(text, { minLength: 1, maxLength: 70 }), fc.array(alphabet, { minLength: 1, maxLength: 4 })] as const;
    fc.assert(fc.property(...rowsAndChars, (rows, chars) => {
      const ix = new TextIndex(rows.length, (i) => rows[i]);
      const needle = chars.join('').toLowerCase();
      expect(rowsOf(ix.match(needle))).toEqual(scan(rows, needle));
      // A needle found in a row: always among the matches (substrings of the texts themselves).
      const from = rows[0].toLowerCase();
      if (from.length > 1) expect(ix.match(from.slice(1))[0]).toBe(1);
    }), { numRuns: 400 });
  });

  it('reads fields kept as strings and as UTF-8 bytes as toLowerCase().includes would, field by field', () => {
    // \u212a (Kelvin) and İ lower-case to ASCII letters (k, i + a combining dot).
    const alphabet = fc.constantFrom(...'abcikAB e1.-×\nÉéİ\u212a𝛼'.split(/(?:)/u));
    const text = fc.array(alphabet, { maxLength: 20 }).map((a) => a.join(''));
    const rows = fc.array(fc.tuple(text, text, fc.boolean()), { minLength: 1, maxLength: 70 });
    fc.assert(fc.property(rows, fc.array(alphabet, { minLength: 1, maxLength: 3 }), (rows, chars) => {
      // Field 1: a dictionary of distinct values (as titles are); field 2: one UTF-8 value per row, or none (-1).
      const titles = [...new Set(rows.map((r) => r[0]))];
      const title = { codes: Int32Array.from(rows, (r) => titles.indexOf(r[0])), values: packStrings(titles) };
      const evidence = { codes: Int32Array.from(rows, (r, i) => (r[2] ? i : -1)), values: packUtf8(rows.map((r) => r[1])) };
      const ix = new TextIndex(rows.length, [title, evidence]);
      const needle = chars.join('').toLowerCase();
      if (needle.includes('\n')) return; // the search matches those row by row (searchMatches.ts)
      const has = (t: string) => t.toLowerCase().includes(needle);
      const want = rows.flatMap(([t, e, some], i) => (has(t) || (some && has(e)) ? [i] : []));
      expect(rowsOf(ix.match(needle))).toEqual(want);
    }), { numRuns: 400 });
  });

  it('finds needles of 2 to 8 characters in ASCII UTF-8 texts of mixed case, where the window moves by more than one', () => {
    // Few letters, so that needles repeat their letters and texts hold near misses, and letters in no needle (x, y),
    // after which the window moves by a needle's length (the shifts' edge cases).
    const text = fc.array(fc.constantFrom(...'abxyAB r-'), { maxLength: 40 }).map((a) => a.join(''));
    const needle = fc.array(fc.constantFrom(...'ab r-'), { minLength: 2, maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 40 }), needle, (rows, needle) => {
      const evidence = { codes: Int32Array.from(rows, (_, i) => i), values: packUtf8(rows) };
      const ix = new TextIndex(rows.length, [evidence]);
      expect(rowsOf(ix.match(needle))).toEqual(scan(rows, needle));
      const from = rows[0].toLowerCase();
      for (let k = 1; k + 2 <= from.length; k += 3) expect(ix.match(from.slice(k, k + 2 + (k % 5)))[0]).toBe(1);
    }), { numRuns: 400 });
  });

  it('typing on (find from a shorter needle\'s answer) equals a scan: extended, prefixed, across fields, non-ASCII', () => {
    // Titles as a dictionary of strings, evidence as UTF-8 bytes; a needle grows a character at either end, so the
    // shorter one sits 0 or more units in, and its first occurrences are where the next scan starts.
    const alphabet = fc.constantFrom(...'abrsAB e-×\nÉé\u212a'.split(/(?:)/u));
    const text = fc.array(alphabet, { maxLength: 24 }).map((a) => a.join(''));
    const grow = fc.array(fc.tuple(fc.constantFrom(...'abrs e-×é'.split(/(?:)/u)), fc.boolean()), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 70 }), grow, (rows, steps) => {
      const titles = [...new Set(rows.map((r) => r[0]))];
      const title = { codes: Int32Array.from(rows, (r) => titles.indexOf(r[0])), values: packStrings(titles) };
      const evidence = { codes: Int32Array.from(rows, (_, i) => i), values: packUtf8(rows.map((r) => r[1])) };
      const ix = new TextIndex(rows.length, [title, evidence]);
      let needle = '';
      let found: Found | null = null;
      for (const [ch, atEnd] of steps) {
        needle = atEnd ? needle + ch : ch + needle;
        if (needle.includes('\n')) return;
        found = ix.find(needle, found);
        const has = (t: string) => t.toLowerCase().includes(needle);
        expect(rowsOf(found.match)).toEqual(rows.flatMap(([t, e], i) => (has(t) || has(e) ? [i] : [])));
      }
    }), { numRuns: 400 });
  });

  it('typing on finds a later occurrence when the first one of the shorter needle does not extend, in either field', () => {
    const rows = ['sera serv', 'SER and Serve', 'ser', 'reserve'];
    const title = { codes: Int32Array.from(rows, (_, i) => i), values: packStrings(rows) };
    const evidence = { codes: Int32Array.from(rows, (_, i) => i), values: packUtf8(rows) };
    for (const fields of [[title], [evidence]]) {
      const ix = new TextIndex(rows.length, fields);
      const ser = ix.find('ser');
      expect(rowsOf(ser.match)).toEqual([0, 1, 2, 3]);
      expect(rowsOf(ix.find('serv', ser).match)).toEqual([0, 1, 3]);
      expect(rowsOf(ix.find('serve', ix.find('serv', ser)).match)).toEqual([1, 3]);
      expect(rowsOf(ix.find('eserv', ser).match)).toEqual([3]);
    }
  });
});

describe('TextIndex sets (triples, pairs at a field end, lists of rows)', () => {
  it('answers needles of one to three characters from the sets alone exactly as a scan, with rows far apart', () => {
    // A chunk of 32,768 rows where some triples are in a few rows far apart (gaps over 255 rows: the lists' long
    // gaps), some in most rows (bitsets), some only where a field ends ('ab' last) or spans two fields (never a match).
    const n = 40_000;
    const rare = new Set([0, 1, 300, 301, 20_000, 32_767, 32_768, 39_999]);
    const rows = Array.from({ length: n }, (_, i) => `${i % 3 ? 'Serve ' : 'sparse '}${rare.has(i) ? 'qzx' : 'ab'}`);
    const models = Array.from({ length: n }, (_, i) => (i % 5 ? 'xy' : 'zab'));
    const title = { codes: Int32Array.from(rows, (_, i) => i), values: packStrings(rows) };
    const model = { codes: Int32Array.from(models, (_, i) => i), values: packUtf8(models) };
    const ix = new TextIndex(n, [title, model]);
    const want = (needle: string) => rows.flatMap((t, i) => (t.toLowerCase().includes(needle) || models[i].includes(needle) ? [i] : []));
    for (const needle of ['qzx', 'qz', 'zx', 'x', 'ser', 'se', 'e a', 'ab', 'b', 'bx', 'abx', 'zab', 'eq', 'e q', 'spa', 've ', 'rv']) {
      expect(rowsOf(ix.match(needle)), needle).toEqual(want(needle));
    }
  });

  it('equals a scan for random sentences of a few words (many rows per triple, typing on and off)', () => {
    const word = fc.constantFrom('serve', 'Serving', 'sparse', 'PARSE', 'ser', 'erv', 'verse', '× 2', 'é', 'memo', 'mem ory');
    const sentence = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 300 }), fc.constantFrom('serve', 'sparse', 'memory', 'verse', 'r s', 'e × 2'), (rows, word) => {
      const ix = new TextIndex(rows.length, [{ codes: Int32Array.from(rows, (_, i) => i), values: packUtf8(rows) }]);
      let found: Found | null = null;
      for (let k = 1; k <= word.length; k++) {
        const needle = word.slice(0, k);
        found = ix.find(needle, found);
        expect(rowsOf(found.match)).toEqual(scan(rows, needle));
      }
    }), { numRuns: 200 });
  });
});
