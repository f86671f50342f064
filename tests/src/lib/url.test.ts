import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../../src/lib/families.ts';
import { GROUP_BYS } from '../../../src/lib/grouping.ts';
import { DEFAULT_COLUMNS, TABLE_COLUMNS } from '../../../src/lib/sort.ts';
import { defaultView, historyStep, orderColumns, queryToView, viewToQuery, type ViewState } from '../../../src/lib/url.ts';

describe('view ↔ query', () => {
  it('the default view is the empty query, and back', () => {
    expect(viewToQuery(defaultView())).toBe('');
    expect(queryToView('')).toEqual(defaultView());
    expect(queryToView('?')).toEqual(defaultView());
  });
  it('a full view', () => {
    const v: ViewState = {
      filters: { hardware: ['A100', 'RTX 4090'], baseline: ['vLLM'], topic: ['LLM serving & inference'], metric: ['throughput'],
        search: 'LoRA & co', hideUpTo: true },
      groupBy: 'baseline', family: 'memory', sort: { column: 'title', dir: 'asc' }, columns: ['title', 'span', 'model'],
      selected: '2311.03285@1360-1373', who: 'Sarathi-Serve',
    };
    const q = viewToQuery(v);
    expect(q).toBe('hw=A100&hw=RTX+4090&baseline=vLLM&topic=LLM+serving+%26+inference&metric=throughput&q=LoRA+%26+co'
      + '&noupto=1&group=baseline&family=memory&sort=title&dir=asc&cols=title%2Cspan%2Cmodel&claim=2311.03285%401360-1373&who=Sarathi-Serve');
    expect(queryToView(`?${q}`)).toEqual(v);
  });
  it('invalid values fall back to defaults; duplicates and empties dropped', () => {
    expect(queryToView('cols=nope&family=all')).toEqual(defaultView());
    expect(queryToView('cols=model,nope,title,model').columns).toEqual(['title', 'model']);
    expect(queryToView('group=gpu&sort=evil&dir=up&noupto=yes&hw=&hw=A100&hw=A100')).toEqual({
      ...defaultView(), filters: { ...defaultView().filters, hardware: ['A100'] },
    });
  });
  it('sort with only a column keeps it, direction defaults to desc', () => {
    expect(queryToView('sort=metric').sort).toEqual({ column: 'metric', dir: 'desc' });
  });
  it('who: the system of Who beats whom, blank is the default', () => {
    expect(queryToView('who=vLLM').who).toBe('vLLM');
    expect(queryToView('who=%20').who).toBeNull();
  });
  it('round-trips any view (property)', () => {
    const str = fc.string({ minLength: 1, maxLength: 12 });
    const view = fc.record({
      filters: fc.record({
        hardware: fc.uniqueArray(str, { maxLength: 3 }), baseline: fc.uniqueArray(str, { maxLength: 3 }),
        topic: fc.uniqueArray(str, { maxLength: 3 }), metric: fc.uniqueArray(str, { maxLength: 3 }),
        search: str.filter((s) => s.trim() !== ''), hideUpTo: fc.boolean(),
      }),
      groupBy: fc.constantFrom(...GROUP_BYS),
      family: fc.constantFrom(...FAMILIES),
      columns: fc.subarray(TABLE_COLUMNS.map((c) => c.key), { minLength: 1 }).map(orderColumns),
      sort: fc.record({ column: fc.constantFrom(...TABLE_COLUMNS.map((c) => c.key)), dir: fc.constantFrom('asc' as const, 'desc' as const) }),
      selected: fc.option(str, { nil: null }),
      who: fc.option(str.filter((s) => s.trim() === s && s !== ''), { nil: null }),
    });
    fc.assert(fc.property(view, (v) => {
      expect(queryToView(viewToQuery(v))).toEqual(v);
    }));
  });
});

describe('historyStep', () => {
  const base = defaultView();
  const v = (p: Partial<ViewState> & { search?: string; hw?: string[] }): ViewState => ({
    ...base, ...p, filters: { ...base.filters, search: p.search ?? '', hardware: p.hw ?? [] },
  });
  it('a new filter, group, family, sort or Who beats whom system pushes an entry (Back undoes it)', () => {
    for (const next of [v({ hw: ['A100'] }), v({ groupBy: 'paper' }), v({ family: 'cost' }), v({ sort: { column: 'title', dir: 'asc' } }), v({ who: 'vLLM' })]) {
      expect(historyStep(base, next, false)).toEqual({ step: 'push', typing: false });
      expect(historyStep(base, next, true)).toEqual({ step: 'push', typing: false });
    }
  });
  it('typing in Search: the first edit pushes, the next ones rewrite that entry', () => {
    expect(historyStep(base, v({ search: 'k' }), false)).toEqual({ step: 'push', typing: true });
    expect(historyStep(v({ search: 'k' }), v({ search: 'kv' }), true)).toEqual({ step: 'replace', typing: true });
    expect(historyStep(v({ search: 'kv' }), v({ search: '' }), true)).toEqual({ step: 'replace', typing: true });
    // A filter set in between ends the typing: the next edit is an entry of its own.
    expect(historyStep(v({ search: 'kv' }), v({ search: 'kv', hw: ['A100'] }), true)).toEqual({ step: 'push', typing: false });
  });
  it('a claim or a column chosen rewrites the entry; the same view writes nothing', () => {
    expect(historyStep(base, v({ selected: 'a@1-2' }), false)).toEqual({ step: 'replace', typing: false });
    expect(historyStep(base, v({ columns: [...DEFAULT_COLUMNS, 'model'] }), true)).toEqual({ step: 'replace', typing: true });
    // A trailing space shows the same claims: the URL is rewritten, no entry added.
    expect(historyStep(v({ search: 'kv ' }), v({ search: 'kv' }), false)).toEqual({ step: 'replace', typing: false });
    expect(historyStep(base, defaultView(), false)).toEqual({ step: 'none', typing: false });
  });
});
