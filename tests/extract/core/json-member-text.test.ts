/** Numeric ids keep the digits they were written with (JSON.parse would drop `2406.10010`'s trailing zero). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericIdText, parseJsonl, parseJsonlLine } from '../../../extract/core/inputs.ts';
import { topLevelMemberText } from '../../../extract/core/json-member-text.ts';

const ABSTRACT = 'We serve models.';
const line = (id: string, extra = '') => `{${extra}"id": ${id}, "title": "T", "abstract": "${ABSTRACT}"}`;

describe('topLevelMemberText', () => {
  it('reads a number exactly as written', () => {
    for (const id of ['2406.10010', '1706.03762', '2401.00100', '12345678901234567890', '-0', '1.50e3', '2E-7', '0.0']) {
      expect(topLevelMemberText(line(id), 'id')).toBe(id);
    }
  });

  it('is not fooled by strings, escapes, nesting or whitespace before the member', () => {
    const cases: [string, string][] = [
      ['{"title": "say \\"id\\": 1", "id": 2406.10010}', '2406.10010'],
      ['{"a": "\\\\", "id": 7.10}', '7.10'],
      ['{"meta": {"id": 1.5, "x": [1, {"id": 2}]}, "id": 3.30}', '3.30'],
      ['{"list": ["}", "]", "{"], "id": 4.40}', '4.40'],
      ['  {\t"id"\n :\r\n 5.50 \t}  ', '5.50'],
      ['{"\\u0069d": 6.60}', '6.60'],
      ['{"id": 1.10, "id": 2.20}', '2.20'], // the last one, as JSON.parse
      ['{"id": "2406.10010"}', '"2406.10010"'],
      ['{"id": {"n": 1}}', '{"n": 1}'],
    ];
    for (const [json, text] of cases) expect(topLevelMemberText(json, 'id'), json).toBe(text);
  });

  it('says undefined when there is no such member or no object', () => {
    for (const json of ['{}', '{"ids": 1}', '{"x": {"id": 1}}', '[{"id": 1}]', '1', '', '{"id" 1}', '{"id": "open']) {
      expect(topLevelMemberText(json, 'id'), json).toBeUndefined();
    }
  });

  it('finds the id in any object JSON.stringify writes, wherever it stands (property)', () => {
    const numberText = fc.tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,5}$/), fc.stringMatching(/^\d{0,6}0?$/), fc.constantFrom('', 'e3', 'E-2', 'e+10'))
      .map(([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}${exp}`);
    const member = fc.tuple(fc.string({ maxLength: 8 }).filter((k) => k !== 'id'), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(fc.property(numberText, fc.array(member, { maxLength: 6 }), fc.nat(), fc.constantFrom(undefined, 1, '\t'), (id, members, at, indent) => {
      const parts = members.map(([k, v]) => JSON.stringify({ [k]: v }, null, indent).slice(1, -1).trim());
      parts.splice(at % (parts.length + 1), 0, `"id": ${id}`);
      const json = `{${parts.join(',')}}`;
      expect(JSON.parse(json).id).toBe(Number(id));
      expect(topLevelMemberText(json, 'id')).toBe(id);
    }), { numRuns: 500 });
  });
});

describe('parseJsonlLine: ids as written', () => {
  it('keeps the digits of numeric ids, and string ids as they are', () => {
    for (const [id, expected] of [['2406.10010', '2406.10010'], ['1706.03762', '1706.03762'], ['2312.00100', '2312.00100'],
      ['90071992547409930', '90071992547409930'], ['"2406.10010"', '2406.10010']]) {
      expect(parseJsonlLine(line(id, '"note": "a \\"quoted\\" {x}", '), 1)).toEqual({ paper: { id: expected, title: 'T', abstract: ABSTRACT } });
    }
    expect(parseJsonl([line('2406.10010'), line('1706.03762')].join('\n')).papers.map((p) => p.id)).toEqual(['2406.10010', '1706.03762']);
  });

  it('notes an arXiv-style numeric id that is short of its digits (its zeros were dropped before)', () => {
    expect(parseJsonlLine(line('2406.1001'), 3)).toEqual({
      paper: { id: '2406.1001', title: 'T', abstract: ABSTRACT },
      note: { line: 3, message: "numeric id 2406.1001 is short of an arXiv id's 5 digits (2406.10010?): its trailing zeros were lost before this file was written; kept as written (quote ids in JSON)" },
    });
    expect(parseJsonlLine(line('1105.123'), 1).note?.message).toContain('(1105.1230?)');
    // Old-style 4-digit months, full 5-digit ids, and numbers that are no arXiv month are left alone.
    for (const id of ['1105.1234', '2406.10010', '2413.1', '42']) expect(parseJsonlLine(line(id), 1).note, id).toBeUndefined();
  });

  it('falls back to the parsed number, with a note, when the text cannot be read back', () => {
    expect(numericIdText('{"x": 1}', 2406.1001)).toEqual({
      id: '2406.1001',
      note: 'numeric id could not be read as written; written as 2406.1001, which may have lost digits (quote ids in JSON: "id": "2406.10010")',
    });
  });
});
