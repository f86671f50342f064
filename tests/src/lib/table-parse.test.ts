/**
 * parseClaimsCsv reads rows by column position (fast path); these pin it to what papaparse's header mode
 * + recordToClaim gave before, on the awkward shapes a hand-made CSV has.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { claimsToCsv, parseClaimsCsv, recordToClaim, REQUIRED_CLAIM_COLUMNS, type ParsedClaims } from '../../../extract/core/table.ts';
import { CLAIMS } from './helpers.ts';

/** The reference: header mode, one object per record. */
function reference(text: string): ParsedClaims {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED_CLAIM_COLUMNS.filter((c) => !fields.includes(c));
  if (missing.length > 0) throw new Error(`not a claims table: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const out: ParsedClaims = { claims: [], issues: [] };
  parsed.data.forEach((record, i) => {
    const claim = recordToClaim(record);
    if (typeof claim === 'string') out.issues.push({ line: i + 2, message: claim });
    else out.claims.push(claim);
  });
  return out;
}

const same = (text: string) => {
  let expected: ParsedClaims | Error;
  try { expected = reference(text); } catch (err) { expected = err as Error; }
  if (expected instanceof Error) expect(() => parseClaimsCsv(text)).toThrow(expected.message);
  else expect(parseClaimsCsv(text)).toEqual(expected);
};

describe('parseClaimsCsv (by position) = header mode', () => {
  const csv = claimsToCsv(CLAIMS);
  const lines = csv.split('\r\n');
  it.each([
    ['the writer\'s output', csv],
    ['BOM, LF line ends, trailing blank lines', `\uFEFF${lines.join('\n')}\n\n  \n`],
    ['blank lines before the header and between records', `\n , \n${lines[0]}\n\n${lines.slice(1).join('\n , ,\n')}`],
    ['columns reordered, extras added', Papa.unparse(Papa.parse<string[]>(csv).data.map((r) => ['x', ...r.slice().reverse(), 'y']))],
    ['a duplicated column: the first wins', lines.map((l, i) => (i === 0 ? `${l},title` : `${l},other title`)).join('\r\n')],
    ['short records (missing trailing cells) and bad numbers', `${lines[0]}\r\n${lines[1].split(',').slice(0, 9).join(',')}\r\n`
      + 'a,b,Other,speed,relative,increase,x,1,x,exact,,,,,,,1x,0,2,ev\r\na,b,Other,speed,relative,increase,1,1,x,exact,z,,,,,,1x,0,2,ev\r\n'
      + 'a,b,Other,nonsense,relative,increase,1,1,x,exact,,,,,,,1x,0,2,ev'],
    ['formula-escaped cells and odd lists', `${lines[0]}\r\n'=a,'+b,Nope,accuracy,absolute,decrease,' 3 ,,%,weird,,,"; ;x; y ;",'@A100,,'-m,s,1,2,"e, ""q"""`],
    ['only required columns', 'title,metric,value_low,unit\r\nT,fid,1.8,FID\r\n'],
    ['missing required columns', 'paper_id,title\r\na,b\r\n'],
    ['empty text', ''],
  ])('%s', (_, text) => same(text));
});
