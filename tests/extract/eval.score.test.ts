import { describe, expect, it } from 'vitest';
import { fieldMatches, matchPaper, score, unitClass, valuesMatch, type GoldClaim, type PredClaim } from '../../extract/eval-core.ts';
import { formatDetails, formatSummary } from '../../extract/eval-format.ts';
import { parsePredPapers } from '../../extract/eval-input.ts';

const T = 'S-LoRA: Serving Thousands of Concurrent LoRA Adapters';

function gold(over: Partial<GoldClaim>): GoldClaim {
  return {
    title: T, span: 'up to 4 times', value_low: 4, value_high: 4, unit: 'x', comparison: 'relative',
    direction: 'increase', metric: 'throughput', qualifier: 'up_to', baseline: ['HuggingFace PEFT', 'vLLM'],
    hardware: [], hardware_count: null, model: '', optional: false, ...over,
  };
}

function pred(over: Partial<PredClaim>): PredClaim {
  const { optional: _, ...g } = gold({});
  return { ...g, evidence: 'S-LoRA can improve the throughput by up to 4 times.', ...over };
}

describe('valuesMatch', () => {
  it('accepts 0.5% relative difference and rejects more', () => {
    expect(valuesMatch(100, 100.5)).toBe(true);
    expect(valuesMatch(100, 100.6)).toBe(false);
    expect(valuesMatch(1.79, 1.79)).toBe(true);
    expect(valuesMatch(0, 0)).toBe(true);
    expect(valuesMatch(0, 0.001)).toBe(false);
  });
});

describe('unitClass', () => {
  it('puts spellings of one unit in one class', () => {
    expect(['x', '×', 'times', 'X'].map(unitClass)).toEqual(['x', 'x', 'x', 'x']);
    expect(unitClass('minutes')).toBe('min');
    expect(unitClass('Points')).toBe('pp');
    expect(unitClass('FID')).toBe('fid');
    expect(unitClass('%')).not.toBe(unitClass('pp'));
  });
});

describe('fieldMatches', () => {
  it('compares baselines as sets, case-insensitive, without leading articles', () => {
    const g = gold({ baseline: ['HuggingFace PEFT', 'vLLM'] });
    expect(fieldMatches('baseline', g, pred({ baseline: ['vllm', ' the HuggingFace PEFT'] }))).toBe(true);
    expect(fieldMatches('baseline', g, pred({ baseline: ['vLLM'] }))).toBe(false);
    // No fuzzier matching than that: a different word is a different baseline.
    expect(fieldMatches('baseline', g, pred({ baseline: ['vLLM', 'HuggingFace PEFT library'] }))).toBe(false);
  });
  it('compares hardware as case-insensitive sets, and null hardware_count only to null', () => {
    const g = gold({ hardware: ['RTX 4090'], hardware_count: 1 });
    expect(fieldMatches('hardware', g, pred({ hardware: ['rtx 4090'] }))).toBe(true);
    expect(fieldMatches('hardware', g, pred({ hardware: ['RTX4090'] }))).toBe(false);
    expect(fieldMatches('hardware_count', g, pred({ hardware_count: null }))).toBe(false);
  });
});

describe('matchPaper', () => {
  it('matches one-to-one: two equal golds need two preds', () => {
    const m = matchPaper([gold({ span: '2x' }), gold({ span: '2x' })].map((g) => ({ ...g, value_low: 2, value_high: 2 })),
      [pred({ value_low: 2, value_high: 2, span: '2x' })]);
    expect(m.pairs).toHaveLength(1);
    expect(m.unmatchedGold).toHaveLength(1);
    expect(m.unmatchedPred).toHaveLength(0);
  });
  it('prefers the pred whose span equals the gold span when values tie', () => {
    const golds = [gold({ span: '2x less memory', value_low: 2, value_high: 2 }), gold({ span: '2.0x faster', value_low: 2, value_high: 2 })];
    const preds = [pred({ span: '2.0x', value_low: 2, value_high: 2 }), pred({ span: '2x less memory', value_low: 2, value_high: 2 })];
    const m = matchPaper(golds, preds);
    expect(m.pairs.map((p) => [p.gold.span, p.pred.span])).toEqual([['2x less memory', '2x less memory'], ['2.0x faster', '2.0x']]);
  });
  it('needs the same unit class and both ends of a range', () => {
    expect(matchPaper([gold({})], [pred({ unit: '%' })]).pairs).toHaveLength(0);
    expect(matchPaper([gold({ value_low: 1.1, value_high: 2 })], [pred({ value_low: 1.1, value_high: 2.1 })]).pairs).toHaveLength(0);
    expect(matchPaper([gold({})], [pred({ unit: 'times' })]).pairs).toHaveLength(1);
  });
});

describe('score', () => {
  const papers = [{ title: T, topic: 'LLM serving & inference' }, { title: 'Other Paper', topic: 'Other' }];

  it('counts TP, FP, FN and computes P/R/F1', () => {
    const s = score(papers, [gold({}), gold({ span: '30%', value_low: 30, value_high: 30, unit: '%' })],
      [pred({}), pred({ span: '7B', value_low: 7, value_high: 7, unit: 'B' })], null);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
    expect(s.misses.map((m) => m.span)).toEqual(['30%']);
    expect(s.extras.map((e) => e.span)).toEqual(['7B']);
  });

  it('ignores optional golds: matched is neither TP nor FP, unmatched is no FN', () => {
    const opt = gold({ span: '<30%', value_low: 30, value_high: 30, unit: '%', optional: true });
    const found = score(papers, [gold({}), opt], [pred({}), pred({ span: '<30%', value_low: 30, value_high: 30, unit: '%' })], null);
    expect([found.tp, found.fp, found.fn, found.gold_claims]).toEqual([1, 0, 0, 1]);
    const missed = score(papers, [gold({}), opt], [pred({})], null);
    expect([missed.tp, missed.fp, missed.fn]).toEqual([1, 0, 0]);
  });

  it('matches papers by title ignoring case and whitespace; claims of non-gold papers are set apart', () => {
    const s = score(papers, [gold({})], [pred({ title: `  ${T.toUpperCase().replace(/ /g, '  ')} ` }), pred({ title: 'Unknown' })], null);
    expect([s.tp, s.fp, s.ignored_predicted_claims, s.predicted_claims]).toEqual([1, 0, 1, 1]);
  });

  it('counts a tuple TP only when metric, baseline and hardware all match', () => {
    const golds = [gold({}), gold({ span: '2x', value_low: 2, value_high: 2 }), gold({ span: '3x', value_low: 3, value_high: 3 })];
    const preds = [
      pred({ qualifier: 'exact' }), // qualifier is not part of the tuple
      pred({ span: '2x', value_low: 2, value_high: 2, metric: 'speed' }),
      pred({ span: '3x', value_low: 3, value_high: 3, hardware: ['A100'] }),
    ];
    const s = score(papers, golds, preds, null);
    expect(s.tp).toBe(3);
    expect(s.tuple.tp).toBe(1);
    expect(s.tuple.precision).toBeCloseTo(1 / 3);
    expect(s.fields.metric).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(s.fields.qualifier.correct).toBe(2);
    expect(s.wrong_fields.map((w) => `${w.span}:${w.field}`)).toEqual(['up to 4 times:qualifier', '2x:metric', '3x:hardware']);
  });

  it('scores topics against predicted papers; a missing paper is wrong, no papers table is n/a', () => {
    const s = score(papers, [], [], [{ title: T, topic: 'LLM serving & inference', system: 'S-LoRA' }]);
    expect(s.topic).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(score(papers, [], [], null).topic).toBeNull();
    expect(s.precision).toBeNull();
    expect(formatSummary(s)).toMatch(/topic accuracy +50\.0% \(1\/2\)/);
    expect(formatSummary(s)).toMatch(/system accuracy \(exact, ignoring case\) +n\/a \(gold papers carry no system\)/);
  });

  it('scores systems exactly but ignoring case, over the v2 gold papers that carry one; an empty gold system must be predicted empty', () => {
    const gold = [{ title: T, topic: 'Other', system: 'S-LoRA' }, { title: 'A survey', topic: 'Other', system: '' }, { title: 'Third', topic: 'Other', system: 'Sarathi-Serve' }];
    const s = score(gold, [], [], [
      { title: T, topic: 'Other', system: 's-lora ' }, { title: 'A survey', topic: 'Other', system: 'A' }, { title: 'Third', topic: 'Other', system: 'Sarathi' },
    ]);
    expect(s.system).toEqual({ correct: 1, total: 3, accuracy: 1 / 3 });
    expect(s.wrong_systems).toEqual([{ title: 'A survey', gold: '', pred: 'A' }, { title: 'Third', gold: 'Sarathi-Serve', pred: 'Sarathi' }]);
    expect(formatSummary(s)).toMatch(/system accuracy \(exact, ignoring case\) +33\.3% \(1\/3\)/);
    expect(formatDetails(s)).toContain('system Third | gold "Sarathi-Serve" vs pred "Sarathi"');
    expect(score(gold, [], [], [{ title: T, topic: 'Other', system: 'S-LoRA' }]).system?.correct).toBe(1); // missing papers are wrong
    expect(parsePredPapers('paper_id,title,topic\r\np,T,Other\r\n')).toEqual([{ title: 'T', topic: 'Other', system: '' }]);
  });
});

describe('parsePredPapers', () => {
  it('reads title and topic, undoing formula escapes', () => {
    expect(parsePredPapers('paper_id,title,topic\r\na,"\'=x, y",Other\r\n')).toEqual([{ title: '=x, y', topic: 'Other', system: '' }]);
    expect(() => parsePredPapers('a,b\n1,2\n')).toThrow('not a papers table');
  });
});
