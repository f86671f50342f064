import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../extract/core/types.ts';
import {
  activeFilters, emptyFilters, FACETS, isEmptyFilters, toggleValue, withoutFilter, type Filters,
} from '../../../src/lib/filters.ts';
import { applyFilters, crossFilter, facetOptions, matches, optionsFrom } from '../reference/filters.ts';
import { BATCHLLM, CLAIMS, COST, DEEPSPEED, FID, SLORA, STREAMDIFF, STREAMDIFF_ENERGY, claim } from './helpers.ts';

const f = (p: Partial<ReturnType<typeof emptyFilters>>) => ({ ...emptyFilters(), ...p });

describe('applyFilters', () => {
  it('no filters: everything', () => {
    expect(applyFilters(CLAIMS, emptyFilters())).toEqual(CLAIMS);
  });
  it('one GPU: claims naming it (lists match on any element)', () => {
    expect(applyFilters(CLAIMS, f({ hardware: ['A100'] }))).toEqual([BATCHLLM, DEEPSPEED]);
  });
  it('values within a group are OR-ed', () => {
    expect(applyFilters(CLAIMS, f({ hardware: ['RTX 4090', 'RTX 3060'] }))).toEqual([STREAMDIFF, STREAMDIFF_ENERGY]);
  });
  it('groups are AND-ed', () => {
    expect(applyFilters(CLAIMS, f({ baseline: ['vLLM'], hardware: ['A100'] }))).toEqual([BATCHLLM]);
    expect(applyFilters(CLAIMS, f({ topic: ['LLM serving & inference'], metric: ['cost'] }))).toEqual([COST]);
  });
  it('search matches title, evidence and model, case-insensitively, trimmed', () => {
    expect(applyFilters(CLAIMS, f({ search: '  spotserve ' }))).toEqual([COST]);
    expect(applyFilters(CLAIMS, f({ search: 'IMAGENET' }))).toEqual([FID]);
    expect(applyFilters(CLAIMS, f({ search: 'gpt-moe' }))).toEqual([DEEPSPEED]);
    expect(applyFilters(CLAIMS, f({ search: 'throughput' }))).toEqual([SLORA]);
  });
  it('search matches the evidence sentence, not the baseline list', () => {
    expect(applyFilters(CLAIMS, f({ search: 'HuggingFace PEFT and vLLM' }))).toEqual([SLORA]);
    expect(applyFilters(CLAIMS, f({ search: 'DeepSpeed-MoE on' }))).toEqual([DEEPSPEED]);
    expect(applyFilters(CLAIMS, f({ search: 'more than 1.73x over' }))).toEqual([DEEPSPEED]);
    expect(applyFilters(CLAIMS, f({ search: 'up to 4 times' }))).toEqual([SLORA]);
    expect(applyFilters(CLAIMS, f({ search: 'state-of-the-art MoE training systems' }))).toEqual([]);
  });
  it('hide "up to" drops up_to claims only', () => {
    expect(applyFilters(CLAIMS, f({ hideUpTo: true }))).toEqual([BATCHLLM, STREAMDIFF, STREAMDIFF_ENERGY, DEEPSPEED, FID, COST]);
  });
  it('matches can ignore one facet', () => {
    expect(matches(SLORA, f({ hardware: ['A100'] }), 'hardware')).toBe(true);
    expect(matches(SLORA, f({ hardware: ['A100'] }))).toBe(false);
  });
});

describe('facetOptions', () => {
  it('hardware counts, most first then by name', () => {
    expect(facetOptions(CLAIMS, emptyFilters(), 'hardware')).toEqual([
      { value: 'A100', count: 2 }, { value: 'H100', count: 1 }, { value: 'RTX 3060', count: 1 }, { value: 'RTX 4090', count: 1 },
    ]);
  });
  it('counts follow the other filters, not the facet itself; absent values stay with 0', () => {
    expect(facetOptions(CLAIMS, f({ hardware: ['A100'], baseline: ['vLLM'] }), 'hardware')).toEqual([
      { value: 'A100', count: 1 }, { value: 'H100', count: 0 }, { value: 'RTX 3060', count: 0 }, { value: 'RTX 4090', count: 0 },
    ]);
  });
  it('options keep their place (whole-data counts) while the other filters change their counts', () => {
    const order = (filters: Filters) => facetOptions(CLAIMS, filters, 'hardware').map((o) => o.value);
    for (const baseline of ['vLLM', 'DeepSpeed-MoE', 'PEFT']) {
      expect(order(f({ baseline: [baseline] }))).toEqual(order(emptyFilters()));
    }
    const counts = facetOptions(CLAIMS, f({ baseline: ['DeepSpeed-MoE'] }), 'hardware').map((o) => o.count);
    expect(counts).not.toEqual(facetOptions(CLAIMS, emptyFilters(), 'hardware').map((o) => o.count));
  });
  it('a selected value no longer in the data is still listed', () => {
    expect(facetOptions([SLORA], f({ hardware: ['TPU v3'] }), 'hardware')).toEqual([{ value: 'TPU v3', count: 0 }]);
  });
  it('metric options in the closed-list order', () => {
    expect(facetOptions(CLAIMS, emptyFilters(), 'metric', METRICS)).toEqual([
      { value: 'throughput', count: 3 }, { value: 'speed', count: 1 }, { value: 'energy', count: 1 },
      { value: 'cost', count: 1 }, { value: 'fid', count: 1 },
    ]);
  });
  it('baseline counts a claim once per named system (canonical name: HuggingFace PEFT is PEFT), and generic phrases as one "generic baselines"', () => {
    expect(facetOptions(CLAIMS, emptyFilters(), 'baseline')).toEqual([
      { value: 'vLLM', count: 2 }, { value: 'DeepSpeed-MoE', count: 1 }, { value: 'generic baselines', count: 1 },
      { value: 'PEFT', count: 1 },
    ]);
    const two = claim({ paper_id: 'x', span: '2x', baseline: ['baseline methods', 'existing FL strategies', 'Orca'] });
    expect(facetOptions([two], emptyFilters(), 'baseline')).toEqual([{ value: 'generic baselines', count: 1 }, { value: 'Orca', count: 1 }]);
    // Choosing it keeps the claims against any generic phrase.
    expect(applyFilters([...CLAIMS, two], { ...emptyFilters(), baseline: ['generic baselines'] }).map((c) => c.paper_id)).toEqual(['moe-training', 'x']);
  });
});

describe('toggleValue / isEmptyFilters', () => {
  it('adds then removes, without mutating', () => {
    const a = emptyFilters();
    const b = toggleValue(a, 'hardware', 'A100');
    const c = toggleValue(toggleValue(b, 'hardware', 'H100'), 'hardware', 'A100');
    expect([a.hardware, b.hardware, c.hardware]).toEqual([[], ['A100'], ['H100']]);
  });
  it('empty means nothing selected, blank search, up to shown', () => {
    expect(isEmptyFilters(emptyFilters())).toBe(true);
    expect(isEmptyFilters(f({ search: '   ' }))).toBe(true);
    expect(isEmptyFilters(f({ hideUpTo: true }))).toBe(false);
    expect(isEmptyFilters(f({ metric: ['fid'] }))).toBe(false);
  });
});

describe('crossFilter', () => {
  const cases = [
    emptyFilters(),
    f({ hardware: ['A100'] }),
    f({ hardware: ['A100'], baseline: ['vLLM'] }),
    f({ topic: ['LLM serving & inference'], metric: ['cost'] }),
    f({ topic: ['Diffusion & generative models'], metric: ['fid'], hardware: ['A100'] }),
    f({ topic: ['Mixture of Experts'], metric: ['throughput'], hardware: ['RTX 4090'], baseline: ['vLLM'] }),
    f({ hideUpTo: true, search: 'diffusion', metric: ['energy'] }),
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('equals applyFilters with facets cleared: %s', (_, filters) => {
    const x = crossFilter(CLAIMS, filters);
    expect(x.all).toEqual(applyFilters(CLAIMS, filters));
    for (const k of FACETS) expect(x[k]).toEqual(applyFilters(CLAIMS, { ...filters, [k]: [] }));
    expect(x.topicMetric).toEqual(applyFilters(CLAIMS, { ...filters, topic: [], metric: [] }));
  });
  it('optionsFrom over the cross-filtered rows equals facetOptions', () => {
    const filters = f({ hardware: ['A100'], baseline: ['vLLM'] });
    const x = crossFilter(CLAIMS, filters);
    for (const k of FACETS) expect(optionsFrom(CLAIMS, x[k], filters[k], k)).toEqual(facetOptions(CLAIMS, filters, k));
  });
});

describe('crossFilter (property)', () => {
  it('always equals applyFilters with the facet cleared', async () => {
    const fc = (await import('fast-check')).default;
    const pick = (values: string[]) => fc.subarray(values, { maxLength: 2 });
    const filters = fc.record({
      hardware: pick(['A100', 'H100', 'RTX 4090', 'RTX 3060', 'TPU v3']),
      baseline: pick(['vLLM', 'DeepSpeed-MoE', 'PEFT', 'HuggingFace PEFT', 'generic baselines']),
      topic: pick(['LLM serving & inference', 'Mixture of Experts', 'Diffusion & generative models', 'Other']),
      metric: pick(['throughput', 'speed', 'energy', 'cost', 'fid', 'accuracy']),
      search: fc.constantFrom('', 'lora', 'diffusion', 'on one'),
      hideUpTo: fc.boolean(),
    });
    fc.assert(fc.property(filters, (fl) => {
      const x = crossFilter(CLAIMS, fl);
      expect(x.all).toEqual(applyFilters(CLAIMS, fl));
      for (const k of FACETS) expect(x[k]).toEqual(applyFilters(CLAIMS, { ...fl, [k]: [] }));
      expect(x.topicMetric).toEqual(applyFilters(CLAIMS, { ...fl, topic: [], metric: [] }));
    }));
  });
});

describe('activeFilters / withoutFilter', () => {
  it('one chip per value, search and hide up to; removing one leaves the others', () => {
    const f: Filters = { ...emptyFilters(), hardware: ['A100', 'H100'], baseline: ['vLLM'], search: ' kv ', hideUpTo: true };
    const chips = activeFilters(f);
    expect(chips.map((c) => c.label)).toEqual(['Hardware: A100', 'Hardware: H100', 'Baseline: vLLM', 'Search: “kv”', 'Hiding “up to”']);
    expect(withoutFilter(f, chips[0])).toEqual({ ...f, hardware: ['H100'] });
    expect(withoutFilter(f, chips[3])).toEqual({ ...f, search: '' });
    expect(withoutFilter(f, chips[4])).toEqual({ ...f, hideUpTo: false });
    expect(chips.reduce(withoutFilter, f)).toEqual(emptyFilters());
    expect(activeFilters(emptyFilters())).toEqual([]);
  });
});
