import './setup.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Filters from '../../../src/components/Filters.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { CLAIMS, claim } from '../lib/helpers.ts';

describe('Filters', () => {
  it('one named group per facet with a checkbox and count per value; state flows into the store and URL query', async () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    render(Filters, { store });
    for (const name of ['Hardware', 'Baseline', 'Topic', 'Metric']) expect(screen.getByRole('group', { name })).toBeTruthy();
    const hw = within(screen.getByRole('group', { name: 'Hardware' }));
    expect(hw.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()))
      .toEqual(['A100 2', 'H100 1', 'RTX 3060 1', 'RTX 4090 1']);
    await fireEvent.click(hw.getByRole('checkbox', { name: /A100/ }));
    expect(store.filters.hardware).toEqual(['A100']);
    expect(store.filtered.map((c) => c.span)).toEqual(['1.1x to 2x', 'more than 1.73x']);
    expect(store.query).toBe('hw=A100');
    // Other groups' counts follow.
    const metric = within(screen.getByRole('group', { name: 'Metric' }));
    expect(metric.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()))
      .toEqual(['throughput 1', 'speed 1', 'energy 0', 'cost 0', 'fid 0']);

    await fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'lina' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Hide "up to"' }));
    expect(store.query).toBe('hw=A100&q=lina&noupto=1');
    expect(store.filtered.map((c) => c.span)).toEqual(['more than 1.73x']);

    await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.query).toBe('');
    expect(store.filtered).toHaveLength(CLAIMS.length);
    expect((screen.getByRole('button', { name: 'Clear filters' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('restores checked boxes from the URL', () => {
    const store = new Dashboard('?metric=fid&metric=energy&noupto=1');
    store.setClaims(CLAIMS, 'test');
    render(Filters, { store });
    const metric = within(screen.getByRole('group', { name: 'Metric' }));
    expect(metric.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked).map((c) => c.closest('label')!.textContent!.trim().split(/\s/)[0]))
      .toEqual(['energy', 'fid']);
    expect((screen.getByRole('checkbox', { name: 'Hide "up to"' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('Filters: long facets', () => {
  const many = Array.from({ length: 12 }, (_, i) => claim({
    paper_id: `p${i}`, span: '2x', hardware: [`GPU ${i}`], baseline: [i % 2 ? `System${i}` : 'baseline methods'],
  }));

  it('say they cross-filter; Hardware and Baseline narrow their options as you type', async () => {
    const store = new Dashboard('');
    store.setClaims(many, 'test');
    render(Filters, { store });
    const baseline = screen.getByRole('group', { name: 'Baseline' });
    expect(baseline.querySelector('legend')!.textContent).toBe('Baseline · cross-filtered');
    expect(document.getElementById(baseline.getAttribute('aria-describedby')!)!.textContent).toMatch(/each count is the claims that pass all the other\s+filters/);
    const options = () => within(baseline).queryAllByRole('checkbox').map((c) => c.closest('label')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(options()[0]).toBe('generic baselines 6');
    await fireEvent.input(within(baseline).getByRole('searchbox', { name: 'Find a baseline' }), { target: { value: 'system1' } });
    expect(options()).toEqual(['System1 1', 'System11 1']);
    await fireEvent.input(within(baseline).getByRole('searchbox', { name: 'Find a baseline' }), { target: { value: 'zz' } });
    expect(options()).toEqual([]);
    expect(within(baseline).getByText('none matches “zz”')).toBeTruthy();
    const hardware = screen.getByRole('group', { name: 'Hardware' });
    await fireEvent.input(within(hardware).getByRole('searchbox', { name: 'Find a GPU' }), { target: { value: 'gpu 1' } });
    await fireEvent.click(within(hardware).getByRole('checkbox', { name: /GPU 10/ }));
    expect(store.filters.hardware).toEqual(['GPU 10']);
    // Short lists have no box.
    expect(within(screen.getByRole('group', { name: 'Topic' })).queryByRole('searchbox')).toBeNull();
  });
});
