import './setup.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ClaimsTable from '../../../src/components/ClaimsTable.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { CLAIMS, SLORA, claim } from '../lib/helpers.ts';

const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent!.replace(/[▲▼]/g, ''));

describe('ClaimsTable', () => {
  it('a captioned table of the comparison\'s columns, a sort button in each, aria-sort on the sorted one', async () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    render(ClaimsTable, { store });
    const table = screen.getByRole('table', { name: 'Claims' });
    expect(table.getAttribute('aria-rowcount')).toBe(String(CLAIMS.length + 1));
    expect(headers()).toEqual(['Paper', 'Claim', 'Factor', 'Metric', 'Baseline', 'Hardware']);
    const heads = screen.getAllByRole('columnheader');
    expect(heads.filter((h) => h.getAttribute('aria-sort') !== 'none').map((h) => [h.textContent, h.getAttribute('aria-sort')]))
      .toEqual([['Factor▼', 'descending']]);
    await fireEvent.click(screen.getByRole('button', { name: 'Metric' }));
    expect(store.sort).toEqual({ column: 'metric', dir: 'asc' });
    expect(screen.getByRole('columnheader', { name: /Metric/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Factor/ }).getAttribute('aria-sort')).toBe('none');
    const metrics = [...table.querySelectorAll('tbody tr[data-index] td:nth-child(4)')].map((td) => td.textContent);
    expect(metrics).toEqual(['cost', 'energy', 'fid', 'speed', 'throughput', 'throughput', 'throughput']);
  });

  it('cells: the paper\'s short name (full title as its tooltip), the span readable, one factor precision', () => {
    const store = new Dashboard('');
    store.setClaims([{ ...SLORA, span: 'up to $4\\times$', factor_low: 4.3478, factor_high: 4.3478 }], 'test');
    const { container } = render(ClaimsTable, { store });
    const cells = [...container.querySelectorAll('tbody tr[data-index] td')];
    expect(cells.map((td) => td.textContent)).toEqual(['S-LoRA', 'up to 4×', '×4.35', 'throughput', 'HuggingFace PEFT; vLLM', '']);
    expect(cells[0].getAttribute('title')).toBe(SLORA.title);
  });

  it('the column chooser shows and hides columns (the last one stays), in the table\'s order', async () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    render(ClaimsTable, { store });
    const chooser = within(screen.getByRole('group', { name: 'Table columns' }));
    await fireEvent.click(chooser.getByRole('checkbox', { name: 'Model' }));
    await fireEvent.click(chooser.getByRole('checkbox', { name: 'Topic' }));
    await fireEvent.click(chooser.getByRole('checkbox', { name: 'Baseline' }));
    expect(headers()).toEqual(['Paper', 'Claim', 'Factor', 'Metric', 'Hardware', 'Topic', 'Model']);
    expect(store.query).toBe('cols=title%2Cspan%2Cfactor_low%2Cmetric%2Chardware%2Ctopic%2Cmodel');
    for (const name of ['Paper', 'Claim', 'Factor', 'Metric', 'Hardware', 'Topic']) await fireEvent.click(chooser.getByRole('checkbox', { name }));
    expect(headers()).toEqual(['Model']);
    expect((chooser.getByRole('checkbox', { name: 'Model' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('virtualises: 20,000 claims render only a window of rows between spacers', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => claim({ paper_id: `p${i}`, span: `${i}x`, factor_low: 1 + i / 1000, factor_high: 1 + i / 1000 }));
    const store = new Dashboard('');
    store.setClaims(many, 'test');
    const { container } = render(ClaimsTable, { store });
    const rows = container.querySelectorAll('tbody tr[data-index]');
    expect(rows.length).toBeGreaterThanOrEqual(10); // jsdom has no layout: a one-row viewport plus overscan
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].querySelector('td:nth-child(2)')!.textContent).toBe('19999x');
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
