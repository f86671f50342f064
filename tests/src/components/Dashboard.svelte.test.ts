/**
 * The store's derived views after a sequence of changes (some of them memoised by the filters they depend on)
 * equal the reference functions computed from scratch.
 */
import { describe, expect, it } from 'vitest';
import { METRICS, TOPICS } from '../../../extract/core/types.ts';
import { generateCorpus } from '../../../extract/gen-claims.ts';
import { CHART_ROWS, Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { FACETS } from '../../../src/lib/filters.ts';
import { crossFilter, facetTotals, optionsFrom } from '../reference/filters.ts';
import { absoluteGroups, baselineStats, groupForChart, hardwareStats, topicMetricMatrix } from '../reference/grouping.ts';
import { sortClaims } from '../reference/sort.ts';
import { CLAIMS } from '../lib/helpers.ts';

function check(store: Dashboard) {
  const ref = crossFilter(store.rows, store.filters);
  expect(store.filtered).toEqual(ref.all);
  expect(store.sorted).toEqual(sortClaims(ref.all, store.sort));
  for (const k of FACETS) {
    const order = k === 'topic' ? TOPICS : k === 'metric' ? METRICS : undefined;
    expect(store.options[k], k).toEqual(optionsFrom(facetTotals(store.rows, k), ref[k], store.filters[k], k, order));
  }
  expect(store.hardwareStats).toEqual(hardwareStats(ref.hardware));
  expect(store.withoutHardware).toBe(ref.hardware.filter((c) => c.hardware.length === 0).length);
  expect(store.baselineStats).toEqual(baselineStats(ref.baseline));
  expect(store.matrix).toEqual(topicMetricMatrix(ref.topicMetric));
  expect(store.absolute).toEqual(absoluteGroups(ref.all));
  const chart = groupForChart(ref.all, store.groupBy, CHART_ROWS, store.family);
  expect(store.chart.groups.map(({ key, claims }) => ({ key, claims }))).toEqual(chart.groups);
  expect(store.chart.hidden).toBe(chart.hidden);
}

describe('Dashboard store', () => {
  it('derived views stay equal to the reference through toggles, search, sort, group by and new data', () => {
    const store = new Dashboard('');
    store.setClaims(generateCorpus({ rows: 1500, seed: 5, sample: CLAIMS }).claims, 'generated');
    check(store);
    const hw = store.options.hardware.map((o) => o.value);
    const steps: (() => void)[] = [
      () => store.toggle('hardware', hw[0]),
      () => store.toggle('hardware', hw[1]),
      () => store.toggle('metric', 'speed'),
      () => store.toggle('hardware', hw[0]),
      () => store.setSearch('fl'),
      () => store.setSearch('flash'),
      () => store.setHideUpTo(true),
      () => store.only('baseline', store.options.baseline[0].value),
      () => store.sortBy('title'),
      () => store.setGroupBy('baseline'),
      () => store.setFamily('cost'),
      () => store.toggle('topic', TOPICS[0]),
      () => store.clearFilters(),
      () => store.toggle('metric', 'accuracy'),
      () => store.setFamily('accuracy'),
      () => store.setClaims(generateCorpus({ rows: 700, seed: 6, sample: CLAIMS }).claims, 'other'),
      () => store.toggle('metric', 'accuracy'),
    ];
    for (const step of steps) { step(); check(store); }
  });

  it("a view whose filters did not change keeps its object (its facet's own toggle, another facet's matrix)", () => {
    const store = new Dashboard('');
    store.setClaims(generateCorpus({ rows: 1500, seed: 5, sample: CLAIMS }).claims, 'generated');
    const hw = store.options.hardware.map((o) => o.value);
    const { hardwareStats: stats, baselineStats: base, matrix } = store;
    store.toggle('hardware', hw[0]);
    expect(store.hardwareStats).toBe(stats);
    expect(store.baselineStats).not.toBe(base);
    const matrix2 = store.matrix;
    expect(matrix2).not.toBe(matrix);
    store.toggle('topic', TOPICS[0]);
    store.toggle('metric', 'speed');
    expect(store.matrix).toBe(matrix2);
    check(store);
  });
});

describe('Dashboard store: the chart follows the Metric filter', () => {
  it('choosing only metrics outside the family shown switches the chart to the first one\'s family', () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    store.toggle('metric', 'throughput');
    expect(store.family).toBe('speed');
    store.toggle('metric', 'energy');
    expect(store.family).toBe('speed'); // throughput is still chosen and shown
    store.toggle('metric', 'throughput');
    expect(store.family).toBe('cost');
    expect(store.chart.groups.flatMap((g) => g.claims.map((c) => c.span))).toEqual(['2.39x']);
    store.clearFilters();
    expect(store.family).toBe('cost');
    store.setTopicMetric('Diffusion & generative models', 'fid');
    expect(store.family).toBe('accuracy');
    expect(store.query).toBe('topic=Diffusion+%26+generative+models&metric=fid&family=accuracy');
  });
});
