import { describe, expect, it } from 'vitest';
import { PaperIds } from '../../../extract/io/paper-ids.ts';
import { formatProgress, formatRunSummary } from '../../../extract/io/report.ts';

describe('formatRunSummary', () => {
  it('names papers, claims and skipped records by reason', () => {
    expect(formatRunSummary({ papers: 77, claims: 61, skipped: new Map([['malformed JSON', 1]]), filtered: null, renamed: 0 }))
      .toBe('77 papers, 61 claims, 1 record skipped (1 malformed JSON)');
    expect(formatRunSummary({ papers: 1, claims: 1, skipped: new Map(), filtered: null, renamed: 0 })).toBe('1 paper, 1 claim');
    expect(formatRunSummary({
      papers: 12000, claims: 0, skipped: new Map([['malformed JSON', 2], ['without an abstract', 1]]), filtered: 3, renamed: 1,
    })).toBe('12,000 papers, 0 claims, 3 records skipped (2 malformed JSON, 1 without an abstract), 3 records filtered out by category, 1 duplicate paper_id renamed');
  });
});

describe('formatProgress', () => {
  it('shows records and rate, and the ETA when the input size is known', () => {
    expect(formatProgress({ records: 3000, elapsedMs: 2000, bytesRead: 0, totalBytes: null })).toBe('3,000 records  1,500/s');
    expect(formatProgress({ records: 3000, elapsedMs: 10_000, bytesRead: 25, totalBytes: 100 })).toBe('3,000 records  300/s  25% ETA 30s');
    expect(formatProgress({ records: 9, elapsedMs: 60_000, bytesRead: 1, totalBytes: 100 })).toBe('9 records  0/s  1% ETA 1h 39m');
  });
});

describe('PaperIds', () => {
  it('keeps first ids and gives repeats the next free suffix', () => {
    const ids = new PaperIds();
    expect(ids.assign({ id: '2401.1', title: 'A', abstract: '' })).toEqual({ paper: { id: '2401.1', title: 'A', abstract: '' } });
    expect(ids.assign({ id: '2401.1', title: 'B', abstract: '' })).toEqual({ paper: { id: '2401.1-2', title: 'B', abstract: '' }, renamedFrom: '2401.1' });
    expect(ids.assign({ id: '2401.1-2', title: 'C', abstract: '' }).paper.id).toBe('2401.1-2-2');
    expect(ids.assign({ id: '2401.1', title: 'D', abstract: '' }).paper.id).toBe('2401.1-3');
    // Papers without an id collide on their title slug.
    ids.assign({ title: 'Same Title', abstract: '' });
    expect(ids.assign({ title: 'Same title!', abstract: '' })).toMatchObject({ paper: { id: 'same-title-2' }, renamedFrom: 'same-title' });
  });
});
