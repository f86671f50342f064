import { describe, expect, it } from 'vitest';
import { columnByKey, DEFAULT_SORT, nextSort, TABLE_COLUMNS } from '../../../src/lib/sort.ts';
import { sortClaims } from '../reference/sort.ts';
import { BATCHLLM, CLAIMS, COST, DEEPSPEED, FID, SLORA, STREAMDIFF, STREAMDIFF_ENERGY } from './helpers.ts';

const ids = (cs: { paper_id: string; span: string }[]) => cs.map((c) => `${c.paper_id}:${c.span}`);

describe('sortClaims', () => {
  it('default: factor descending, claims without a factor last in input order', () => {
    expect(sortClaims(CLAIMS, DEFAULT_SORT)).toEqual([SLORA, STREAMDIFF_ENERGY, COST, DEEPSPEED, BATCHLLM, STREAMDIFF, FID]);
  });
  it('factor ascending keeps empties last', () => {
    expect(ids(sortClaims(CLAIMS, { column: 'factor_low', dir: 'asc' }))).toEqual(ids([BATCHLLM, DEEPSPEED, COST, STREAMDIFF_ENERGY, SLORA, STREAMDIFF, FID]));
  });
  it('text columns: case-insensitive, numeric-aware', () => {
    expect(ids(sortClaims(CLAIMS, { column: 'hardware', dir: 'asc' }))).toEqual(ids([BATCHLLM, DEEPSPEED, STREAMDIFF_ENERGY, STREAMDIFF, SLORA, FID, COST]));
    expect(ids(sortClaims(CLAIMS, { column: 'title', dir: 'desc' }))).toEqual(ids([STREAMDIFF, STREAMDIFF_ENERGY, COST, SLORA, FID, BATCHLLM, DEEPSPEED]));
  });
  it('Paper shows and sorts by the paper\'s system when the extractor found one (Lina, under L, not under A)', () => {
    const lina = { ...DEEPSPEED, system: 'Lina' };
    expect(columnByKey('title')!.text(lina)).toBe('Lina');
    expect(ids(sortClaims([lina, COST, FID], { column: 'title', dir: 'asc' }))).toEqual(ids([lina, FID, COST]));
  });
  it('ties keep input order in both directions (stable)', () => {
    expect(ids(sortClaims(CLAIMS, { column: 'metric', dir: 'asc' }))).toEqual(ids([COST, STREAMDIFF_ENERGY, FID, DEEPSPEED, SLORA, BATCHLLM, STREAMDIFF]));
    expect(ids(sortClaims(CLAIMS, { column: 'metric', dir: 'desc' }))).toEqual(ids([SLORA, BATCHLLM, STREAMDIFF, DEEPSPEED, FID, STREAMDIFF_ENERGY, COST]));
  });
  it('unknown column: input order, new array', () => {
    const out = sortClaims(CLAIMS, { column: 'nope', dir: 'asc' });
    expect(out).toEqual(CLAIMS);
    expect(out).not.toBe(CLAIMS);
  });
  it('every column sorts without throwing', () => {
    for (const col of TABLE_COLUMNS) {
      expect(sortClaims(CLAIMS, { column: col.key, dir: 'asc' })).toHaveLength(CLAIMS.length);
    }
  });
});

describe('nextSort and cells', () => {
  it('same column flips; a new column starts desc for numbers, asc for text', () => {
    expect(nextSort({ column: 'factor_low', dir: 'desc' }, 'factor_low')).toEqual({ column: 'factor_low', dir: 'asc' });
    expect(nextSort({ column: 'factor_low', dir: 'desc' }, 'title')).toEqual({ column: 'title', dir: 'asc' });
    expect(nextSort({ column: 'title', dir: 'asc' }, 'value_low')).toEqual({ column: 'value_low', dir: 'desc' });
  });
  it('cell texts', () => {
    const cells = (c: typeof BATCHLLM) => Object.fromEntries(TABLE_COLUMNS.map((col) => [col.key, col.text(c)]));
    expect(cells(BATCHLLM)).toMatchObject({ value_low: '1.1–2', factor_low: '×1.1–2', qualifier: 'exact', baseline: 'vLLM', hardware: 'A100', hardware_count: '' });
    expect(cells(SLORA)).toMatchObject({ factor_low: '×4', qualifier: 'up to', baseline: 'HuggingFace PEFT; vLLM' });
    expect(cells(COST)).toMatchObject({ value_low: '54', unit: '%', factor_low: '×2.17' });
    expect(cells(STREAMDIFF)).toMatchObject({ factor_low: '', hardware_count: '1', value_low: '91.07' });
    expect(columnByKey('span')?.label).toBe('Claim');
  });
});
