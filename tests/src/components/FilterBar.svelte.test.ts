import './setup.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FilterBar from '../../../src/components/FilterBar.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { CLAIMS } from '../lib/helpers.ts';

describe('FilterBar', () => {
  it('the filters in force as removable chips; the Filters button says how many and toggles the panel', async () => {
    const store = new Dashboard('?hw=A100&baseline=vLLM&q=lina');
    store.setClaims(CLAIMS, 'test');
    let open = false;
    const { rerender } = render(FilterBar, { store, open, ontoggle: () => (open = !open) });
    const toggle = screen.getByRole('button', { name: 'Filters (3)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('filters');
    await fireEvent.click(toggle);
    expect(open).toBe(true);
    await rerender({ store, open, ontoggle: () => (open = !open) });
    expect(screen.getByRole('button', { name: 'Hide filters (3)' }).getAttribute('aria-expanded')).toBe('true');
    const chips = within(screen.getByRole('list', { name: 'Active filters' }));
    expect(chips.getAllByRole('button').map((b) => b.getAttribute('aria-label')))
      .toEqual(['Remove filter Hardware: A100', 'Remove filter Baseline: vLLM', 'Remove filter Search: “lina”']);
    await fireEvent.click(chips.getByRole('button', { name: 'Remove filter Baseline: vLLM' }));
    expect(store.query).toBe('hw=A100&q=lina');
    await fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(store.query).toBe('');
    expect(screen.getByText('No filters: all claims.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
  });
});
