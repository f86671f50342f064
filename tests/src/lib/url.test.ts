import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_BYS } from '../../../src/lib/grouping.ts';
import { TABLE_COLUMNS } from '../../../src/lib/sort.ts';
import { defaultView, queryToView, viewToQuery, type ViewState } from '../../../src/lib/url.ts';

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
      groupBy: 'baseline', sort: { column: 'title', dir: 'asc' }, selected: '2311.03285@1360-1373',
    };
    const q = viewToQuery(v);
    expect(q).toBe('hw=A100&hw=RTX+4090&baseline=vLLM&topic=LLM+serving+%26+inference&metric=throughput&q=LoRA+%26+co'
      + '&noupto=1&group=baseline&sort=title&dir=asc&claim=2311.03285%401360-1373');
    expect(queryToView(`?${q}`)).toEqual(v);
  });
  it('invalid values fall back to defaults; duplicates and empties dropped', () => {
    expect(queryToView('group=gpu&sort=evil&dir=up&noupto=yes&hw=&hw=A100&hw=A100')).toEqual({
      ...defaultView(), filters: { ...defaultView().filters, hardware: ['A100'] },
    });
  });
  it('sort with only a column keeps it, direction defaults to desc', () => {
    expect(queryToView('sort=metric').sort).toEqual({ column: 'metric', dir: 'desc' });
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
      sort: fc.record({ column: fc.constantFrom(...TABLE_COLUMNS.map((c) => c.key)), dir: fc.constantFrom('asc' as const, 'desc' as const) }),
      selected: fc.option(str, { nil: null }),
    });
    fc.assert(fc.property(view, (v) => {
      expect(queryToView(viewToQuery(v))).toEqual(v);
    }));
  });
});
