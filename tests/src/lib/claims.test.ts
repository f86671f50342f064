import { describe, expect, it } from 'vitest';
import {
  arxivUrl, factorMid, hasFactor, isArxivId, markKind, splitEvidence, withIds,
} from '../../../src/lib/claims.ts';
import { median } from '../reference/claims.ts';
import { BATCHLLM, CLAIMS, COST, DEEPSPEED, FID, SLORA, STREAMDIFF, claim } from './helpers.ts';

describe('withIds', () => {
  it('ids are paper_id@start-end, made unique with ~n', () => {
    const twice = claim({ paper_id: 'batchllm', span: '1.1x to 2x', start: 1200, end: 1210 });
    expect(withIds([SLORA, BATCHLLM, twice]).map((r) => r.id)).toEqual([
      '2311.03285@1360-1373', 'batchllm@1200-1210', 'batchllm@1200-1210~1',
    ]);
  });
  it('keeps every claim field', () => {
    const [row] = withIds([SLORA]);
    expect({ ...row, id: undefined }).toEqual({ ...SLORA, id: undefined });
  });
});

describe('marks and factors', () => {
  it('markKind: range, up to, at least, dot', () => {
    expect([BATCHLLM, SLORA, DEEPSPEED, COST].map(markKind)).toEqual(['range', 'up_to', 'at_least', 'dot']);
  });
  it('a range wins over its qualifier', () => {
    expect(markKind({ ...BATCHLLM, qualifier: 'up_to' })).toBe('range');
  });
  it('hasFactor only for claims with a positive factor', () => {
    expect(CLAIMS.map(hasFactor)).toEqual([true, true, false, true, true, false, true]);
  });
  it('factorMid is the geometric mean of a range', () => {
    expect(factorMid(BATCHLLM)).toBeCloseTo(Math.sqrt(2.2), 10);
    expect(factorMid(SLORA)).toBe(4);
    expect(factorMid(FID)).toBeNull();
  });
  it('median of odd and even lists, ignoring non-finite values', () => {
    expect(median([4, 1.1, 2.39])).toBe(2.39);
    expect(median([4, 2, NaN, 3, 1])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('arXiv links', () => {
  it.each([
    ['2311.03285', 'https://arxiv.org/abs/2311.03285'],
    ['2401.12345v2', 'https://arxiv.org/abs/2401.12345v2'],
    ['0704.0001', 'https://arxiv.org/abs/0704.0001'],
    ['cs/0112017', 'https://arxiv.org/abs/cs/0112017'],
    ['math.GT/0309136', 'https://arxiv.org/abs/math.GT/0309136'],
    ['hep-th/9901001v3', 'https://arxiv.org/abs/hep-th/9901001v3'],
  ])('%s → %s', (id, url) => {
    expect(arxivUrl(id)).toBe(url);
  });
  it.each(['s-lora', 'javascript:alert(1)', '2311.03285"><script>', 'https://evil.example/2311.03285', '231.03285', '', 'cs/011201'])(
    'no link for %j', (id) => {
      expect(isArxivId(id)).toBe(false);
      expect(arxivUrl(id)).toBeNull();
    },
  );
});

describe('splitEvidence', () => {
  it('splits around the first occurrence of the span', () => {
    expect(splitEvidence(BATCHLLM.evidence, BATCHLLM.span)).toEqual({
      before: 'BatchLLM outperforms vLLM by ', span: '1.1x to 2x',
      after: ' on a set of microbenchmarks and two typical industry workloads.',
    });
  });
  it('span missing from the sentence: everything before, no highlight', () => {
    expect(splitEvidence(STREAMDIFF.evidence, '93.7 fps')).toEqual({ before: STREAMDIFF.evidence, span: '', after: '' });
  });
  it('empty span: no highlight', () => {
    expect(splitEvidence('abc', '')).toEqual({ before: 'abc', span: '', after: '' });
  });
  it('markup stays text in the parts', () => {
    expect(splitEvidence('<b>up to 4x</b> faster', 'up to 4x')).toEqual({ before: '<b>', span: 'up to 4x', after: '</b> faster' });
  });
});

