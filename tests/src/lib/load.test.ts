import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsToCsv, parseClaimsCsv } from '../../../extract/core/table.ts';
import { checkLoadSize, loadClaims, readClaimsCsv, readPapersCsv, splitCsv, tableKindOf } from '../../../src/lib/load.ts';
import { withIds } from '../../../src/lib/claims.ts';
import { CLAIMS, SLORA } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/dashboard/${name}`, import.meta.url), 'utf8');

describe('readClaimsCsv', () => {
  it('reads the dashboard fixture: 68 claims, no issues', () => {
    const { claims, issues } = readClaimsCsv(fixture('claims.csv'));
    expect(claims).toHaveLength(68);
    expect(issues).toEqual([]);
    expect(claims[0]).toMatchObject({ paper_id: '2311.03285', span: 'up to 4 times', factor_low: 4, baseline: ['HuggingFace PEFT', 'vLLM'] });
  });
  it('round-trips what claimsToCsv writes', () => {
    expect(readClaimsCsv(claimsToCsv(CLAIMS)).claims).toEqual(CLAIMS);
  });
  it('missing columns: one-line error naming them', () => {
    expect(() => readClaimsCsv(fixture('broken.csv'))).toThrow('not a claims table: missing columns title, metric, value_low, unit');
  });
  it('binary content is not CSV', () => {
    expect(() => readClaimsCsv('\u0089PNG\u0000\u0000')).toThrow('not a CSV file (binary content)');
  });
  it('header fine but no usable row: error with the first issue', () => {
    expect(() => readClaimsCsv('title,metric,value_low,unit\nS-LoRA,speedy,4,x\n')).toThrow('no usable rows (line 2: unknown metric "speedy")');
  });
  it('bad rows are skipped and reported, good ones kept', () => {
    const text = `${claimsToCsv([SLORA])}\r\nX,Y,,Other,nonsense,relative,increase,1,1,x,exact,1,1,,,,,1x,0,2,1x`;
    const { claims, issues } = readClaimsCsv(text);
    expect(claims).toEqual([SLORA]);
    expect(issues).toEqual([{ line: 3, message: 'unknown metric "nonsense"' }]);
  });
  it('header only: refused (the current data stays), saying why', () => {
    expect(() => readClaimsCsv(claimsToCsv([]))).toThrow('it has the claims columns but no claims');
    expect(() => readClaimsCsv(`${claimsToCsv([])}\r\n\r\n  \r\n`)).toThrow('it has the claims columns but no claims');
  });
});

describe('splitCsv', () => {
  const multiline = CLAIMS.map((c, i) => ({ ...c, evidence: i % 2 ? `${c.evidence}\nsecond "quoted" line, with comma` : c.evidence }));
  const text = claimsToCsv([...multiline, ...multiline, ...multiline]);
  it.each([1, 2, 3, 4, 7])('%i parts parse to the same claims as the whole, each chunk with the header', (parts) => {
    const chunks = splitCsv(text, parts);
    expect(chunks.length).toBeLessThanOrEqual(parts);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.min(parts, 4));
    const header = text.slice(0, text.indexOf('\r\n') + 2);
    for (const c of chunks) expect(c.text.startsWith(header)).toBe(true);
    expect(chunks.flatMap((c) => parseClaimsCsv(c.text).claims)).toEqual(parseClaimsCsv(text).claims);
    expect(chunks.map((c) => c.recordsBefore)).toEqual(
      chunks.map((_, i) => chunks.slice(0, i).reduce((n, c) => n + parseClaimsCsv(c.text).claims.length, 0)));
  });
  it('no newline, or one record: a single chunk', () => {
    expect(splitCsv('title,metric', 4)).toEqual([{ text: 'title,metric', recordsBefore: 0 }]);
    expect(splitCsv(claimsToCsv([SLORA]), 4)).toHaveLength(1);
  });
  it('strips a BOM', () => {
    expect(splitCsv('\uFEFFa,b\n1,2', 1)[0].text).toBe('a,b\n1,2');
  });
});

describe('loadClaims without a Worker (node, jsdom)', () => {
  it('parses text on the calling thread and reports phases', async () => {
    const phases: string[] = [];
    const r = await loadClaims(fixture('diffusion.claims.csv'), (p) => phases.push(p));
    expect(r.rows).toHaveLength(14);
    expect(r.rows.map((x) => x.id)).toEqual(withIds(readClaimsCsv(fixture('diffusion.claims.csv')).claims).map((x) => x.id));
    expect(phases).toEqual(['reading', 'parsing']);
    expect(r.papers).toBe(new Set(r.rows.map((x) => x.paper_id)).size);
    expect(r.papers).toBeGreaterThan(1);
  });
  it('rejects a broken file', async () => {
    await expect(loadClaims(fixture('broken.csv'))).rejects.toThrow(/missing columns/);
  });
});

describe('readPapersCsv', () => {
  it('counts papers', () => {
    const { papers, ids } = readPapersCsv(fixture('papers.csv'));
    expect(papers).toBe(77);
    expect(ids).toHaveLength(77);
    expect(ids).toContain('2311.03285');
  });
  it('rejects a table without paper_id', () => {
    expect(() => readPapersCsv('a,b\n1,2')).toThrow('not a papers table');
  });
});

describe('tableKindOf', () => {
  it('tells the claims table, the papers table and anything else apart by the header', () => {
    expect(tableKindOf(fixture('claims.csv'))).toBe('claims');
    expect(tableKindOf(`\uFEFF${claimsToCsv([])}`)).toBe('claims');
    expect(tableKindOf(fixture('papers.csv'))).toBe('papers');
    expect(tableKindOf('paper_id,title,n_claims\r\nx,y,0')).toBe('papers');
    expect(tableKindOf(fixture('broken.csv'))).toBe('other');
    expect(tableKindOf('paper_id,title\n')).toBe('other');
    expect(tableKindOf('')).toBe('other');
  });
});

describe('checkLoadSize', () => {
  it('lets a 500 MB table through and refuses a 600 MB one with a message saying what to do', () => {
    expect(() => checkLoadSize(500 * 1024 * 1024)).not.toThrow();
    expect(() => checkLoadSize(600 * 1024 * 1024)).toThrow(/600 MB, more than the 512 MB the dashboard reads; make a smaller table/);
  });

  it('refuses before reading, so loadClaims rejects and the caller keeps its data', async () => {
    const huge = { size: 2 ** 31, text: () => { throw new Error('must not be read'); } } as unknown as File;
    await expect(loadClaims(huge)).rejects.toThrow(/2048 MB/);
  });
});
