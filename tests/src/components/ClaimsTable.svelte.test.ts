import './setup.ts';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ClaimsTable from '../../../src/components/ClaimsTable.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { CLAIMS, claim } from '../lib/helpers.ts';

describe('ClaimsTable', () => {
  it('renders a captioned table with a sort button per column and aria-sort on the sorted one', async () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    render(ClaimsTable, { store });
    const table = screen.getByRole('table', { name: 'Claims' });
    expect(table.getAttribute('aria-rowcount')).toBe(String(CLAIMS.length + 1));
    const heads = screen.getAllByRole('columnheader');
    expect(heads.map((h) => h.textContent!.replace(/[▲▼]/g, ''))).toEqual(
      ['Paper', 'Topic', 'Metric', 'Claim', 'Value', 'Unit', 'Factor', 'Qualifier', 'Direction', 'Comparison', 'Baseline', 'Hardware', 'Devices', 'Model']);
    expect(heads.filter((h) => h.getAttribute('aria-sort') !== 'none').map((h) => [h.textContent, h.getAttribute('aria-sort')]))
      .toEqual([['Factor▼', 'descending']]);
    await fireEvent.click(screen.getByRole('button', { name: 'Metric' }));
    expect(store.sort).toEqual({ column: 'metric', dir: 'asc' });
    expect(screen.getByRole('columnheader', { name: /Metric/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Factor/ }).getAttribute('aria-sort')).toBe('none');
    const firstMetric = [...table.querySelectorAll('tbody tr[data-index] td:nth-child(3)')].map((td) => td.textContent);
    expect(firstMetric).toEqual(['cost', 'energy', 'fid', 'speed', 'throughput', 'throughput', 'throughput']);
  });

  it('virtualises: 20,000 claims render only a window of rows between spacers', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => claim({ paper_id: `p${i}`, span: `${i}x`, factor_low: 1 + i / 1000, factor_high: 1 + i / 1000 }));
    const store = new Dashboard('');
    store.setClaims(many, 'test');
    const { container } = render(ClaimsTable, { store });
    const rows = container.querySelectorAll('tbody tr[data-index]');
    expect(rows.length).toBeGreaterThanOrEqual(10); // jsdom has no layout: a one-row viewport plus overscan
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].querySelector('td:nth-child(4)')!.textContent).toBe('19999x');
    const spacer = container.querySelector('tbody tr.spacer') as HTMLElement;
    expect(parseInt(spacer.style.height, 10)).toBe((20_000 - rows.length) * 30);
  });

  it('Enter on a row selects it; aria-selected follows', async () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    const { container } = render(ClaimsTable, { store });
    const row = container.querySelector('tbody tr[data-index="2"]') as HTMLElement;
    await fireEvent.keyDown(row, { key: 'Enter' });
    expect(store.selectedId).toBe(store.sorted[2].id);
    expect(row.getAttribute('aria-selected')).toBe('true');
  });
});
