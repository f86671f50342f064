import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsToCsv, papersToCsv, parseClaimsCsv } from '../../../extract/core/table.ts';
import { checkLoadSize, isParquet, loadClaims, readPapersCsv, tableKindOf } from '../../../src/lib/load.ts';
import { ClaimTable, plainRow } from '../../../src/lib/claimTable.ts';
import { readCsvPart } from '../../../src/lib/csvPart.ts';
import { mergeColumns } from '../../../src/lib/mergeColumns.ts';
import { withIds } from '../../../src/lib/claims.ts';
import { CLAIMS, SLORA } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/dashboard/${name}`, import.meta.url), 'utf8');

const rowsOf = async (text: string) => {
  const { table, issues, papers } = await loadClaims(text);
  const claims = table.rows.map((r) => { const { id, ...c } = plainRow(r); void id; return c; });
  return { rows: table.rows.map(plainRow), claims, issues, papers };
};

describe('loadClaims: CSV (without a Worker here: the same reader on the calling thread)', () => {
  it('reads the dashboard fixture: 68 claims, no issues, the ids withIds gives', async () => {
    const { rows, issues, papers } = await rowsOf(fixture('claims.csv'));
    expect(rows).toHaveLength(68);
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ paper_id: '2311.03285', span: 'up to 4 times', factor_low: 4, baseline: ['HuggingFace PEFT', 'vLLM'] });
    expect(rows).toEqual(withIds(parseClaimsCsv(fixture('claims.csv')).claims));
    expect(papers).toBe(new Set(rows.map((r) => r.paper_id)).size);
  });
  it('round-trips what claimsToCsv writes, exact or spreadsheet-safe', async () => {
    expect((await rowsOf(claimsToCsv(CLAIMS))).claims).toEqual(CLAIMS);
    expect((await rowsOf(claimsToCsv(CLAIMS, { spreadsheetSafe: true }))).claims).toEqual(CLAIMS);
  });
  it('reads a file in several parts as in one (parts cut where quotes say records end), progress to the end', async () => {
    const multiline = CLAIMS.map((c, i) => ({ ...c, evidence: i % 2 ? `${c.evidence}\nsecond "quoted" line, with comma` : c.evidence }));
    const text = claimsToCsv([...multiline, ...multiline, ...multiline]);
    const file = new Blob([text]);
    const whole = await readCsvPart(file, 0, 1);
    for (const parts of [2, 3, 7]) {
      const read = await Promise.all(Array.from({ length: parts }, (_, k) => readCsvPart(file, k, parts)));
      read.forEach((p, k) => { if (k > 0) expect(p.start).toBe(read[k - 1].end); });
      expect(read.at(-1)!.end).toBe(file.size);
      expect(read.reduce((n, p) => n + p.records, 0)).toBe(whole.records);
      const merged = new ClaimTable(mergeColumns(read.map((p) => p.columns)));
      expect(merged.rows.map(plainRow)).toEqual(new ClaimTable(whole.columns).rows.map(plainRow));
    }
    const seen: number[] = [];
    await loadClaims(text, (f) => seen.push(f));
    expect(seen.at(-1)).toBe(1);
  });
  it('missing columns: one-line error naming them', async () => {
    await expect(loadClaims(fixture('broken.csv'))).rejects.toThrow('not a claims table: missing columns title, metric, value_low, unit');
  });
  it('binary content is not CSV', async () => {
    await expect(loadClaims('title,metric,value_low,unit\n\u0089PNG\u0000\u0000')).rejects.toThrow('not a CSV file (binary content)');
  });
  it('header fine but no usable row: error with the first issue', async () => {
    await expect(loadClaims('title,metric,value_low,unit\nS-LoRA,speedy,4,x\n')).rejects.toThrow('no usable rows (line 2: unknown metric "speedy")');
  });
  it('bad rows are skipped and reported, good ones kept', async () => {
    const text = `${claimsToCsv([SLORA])}\r\nX,Y,,Other,nonsense,relative,increase,1,1,x,exact,1,1,,,,,1x,0,2,1x`;
    const { claims, issues } = await rowsOf(text);
    expect(claims).toEqual([SLORA]);
    expect(issues).toEqual([{ line: 3, message: 'unknown metric "nonsense"' }]);
  });
  it('header only: refused (the current data stays), saying why', async () => {
    await expect(loadClaims(claimsToCsv([]))).rejects.toThrow('it has the claims columns but no claims');
    await expect(loadClaims(`${claimsToCsv([])}\r\n\r\n  \r\n`)).rejects.toThrow('it has the claims columns but no claims');
  });
  it('tells Parquet from CSV by the first bytes, not the name', async () => {
    expect(await isParquet(new Blob(['PAR1xxxx']))).toBe(true);
    expect(await isParquet(new Blob([claimsToCsv([SLORA])]))).toBe(false);
    expect(await isParquet(new Blob(['PA']))).toBe(false);
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
  it('reads ids as the claims table does: formula escape undone in a spreadsheet-safe table, blank lines skipped', () => {
    const paper = { paper_id: '-7', title: 'T', system: '', topic: 'Other' as const, hardware_mentioned: [], n_claims: 0, abstract: 'a' };
    expect(readPapersCsv(papersToCsv([paper], { spreadsheetSafe: true }) + '\r\n\r\n')).toEqual({ papers: 1, ids: ['-7'] });
    expect(readPapersCsv(papersToCsv([paper]))).toEqual({ papers: 1, ids: ['-7'] });
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
    const huge = { size: 2 ** 31, slice: () => { throw new Error('must not be read'); } } as unknown as File;
    await expect(loadClaims(huge)).rejects.toThrow(/2048 MB/);
  });
});
