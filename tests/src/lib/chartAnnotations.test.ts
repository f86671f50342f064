import { describe, expect, it } from 'vitest';
import { describeClaim, labelText, markLabels, MIN_SUMMARY, rowSummaries } from '../../../src/lib/chartAnnotations.ts';
import { layoutChart } from '../../../src/lib/chartLayout.ts';
import { factorScaleOf } from '../../../src/lib/chartScale.ts';
import { ClaimIndex } from '../../../src/lib/engine/claimIndex.ts';
import { withIds } from '../../../src/lib/claims.ts';
import { emptyFilters } from '../../../src/lib/filters.ts';
import { BATCHLLM, CLAIMS, DEEPSPEED, SLORA, claim } from './helpers.ts';

describe('rowSummaries', () => {
  it('per row: the range, quartiles and median of its factors; none below MIN_SUMMARY claims', () => {
    const factors = [1.2, 1.5, 2, 3, 8];
    const rows = withIds(factors.map((f, i) => claim({ paper_id: `p${i}`, span: `${f}x`, factor_low: f, factor_high: f })));
    const index = new ClaimIndex(rows);
    const chart = index.chart(index.cross(emptyFilters()), 'topic', 'speed');
    expect(rowSummaries(chart.groups, index.factorMid)).toEqual([{ n: 5, min: 1.2, q1: 1.5, median: 2, q3: 3, max: 8 }]);
    const two = new ClaimIndex(rows.slice(0, MIN_SUMMARY - 1));
    expect(rowSummaries(two.chart(two.cross(emptyFilters()), 'topic', 'speed').groups, two.factorMid)).toEqual([null]);
  });
  it('interpolates between the middle two (an even count), a range by its geometric middle', () => {
    const rows = withIds([1, 2, 4, 8].map((f, i) => claim({ paper_id: `p${i}`, span: 'x', factor_low: f, factor_high: f === 8 ? 32 : f })));
    const index = new ClaimIndex(rows);
    const [s] = rowSummaries(index.chart(index.cross(emptyFilters()), 'topic', 'speed').groups, index.factorMid);
    expect(s).toEqual({ n: 4, min: 1, q1: 1.75, median: 3, q3: 7, max: 16 });
  });
});

describe('labels', () => {
  it('say who claims how much over what, leaving out what the row already says', () => {
    expect(labelText(SLORA, 'topic')).toBe('S-LoRA ×4 vs HuggingFace PEFT');
    expect(labelText(SLORA, 'baseline')).toBe('S-LoRA ×4');
    expect(labelText(BATCHLLM, 'paper')).toBe('×1.1–2 vs vLLM');
    expect(labelText(DEEPSPEED, 'hardware')).toBe('Accelerating Distributed… ×1.73 vs DeepSpeed-MoE');
    expect(labelText({ ...BATCHLLM, baseline: [] }, 'hardware')).toBe('BatchLLM ×1.1–2');
  });
  it('one per row, on its largest claim, right of the row\'s marks; cut to the room left, left out without room', () => {
    const rows = withIds(CLAIMS);
    const index = new ClaimIndex(rows);
    const chart = index.chart(index.cross(emptyFilters()), 'topic', 'speed');
    const scale = factorScaleOf(chart.extent, 100, 500);
    const layout = layoutChart(chart.groups, rows, scale, 0);
    const labels = markLabels(layout, 'topic', 700);
    expect(labels.map((l) => [l.k, l.text])).toEqual([[1, 'S-LoRA ×4 vs HuggingFace PEFT'], [2, 'Accelerating Distributed… ×1.73 vs DeepSpeed-MoE']]);
    for (const l of labels) {
      const box = layout.rows[layout.set.row[l.k]];
      expect(l.k).toBe(box.end - 1);
      for (let m = box.first; m < box.end; m++) expect(l.x).toBeGreaterThan(layout.set.x2[m] + 5);
      expect(l.y).toBe(layout.set.y[l.k]);
    }
    expect(markLabels(layout, 'topic', labels[0].x + 80)[0].text).toBe('S-LoRA ×4');
    expect(markLabels(layout, 'topic', labels[0].x + 45)[0].text).toBe('S-LoRA…');
    expect(markLabels(layout, 'topic', labels[0].x + 20).some((l) => l.k === 1)).toBe(false);
  });
});

describe('describeClaim', () => {
  it('reads the claim in one sentence, readable', () => {
    expect(describeClaim({ ...SLORA, span: 'up to $4\\times$' })).toBe('S-LoRA: up to 4× (×4 throughput vs HuggingFace PEFT; vLLM)');
    expect(describeClaim(DEEPSPEED)).toBe('Accelerating Distributed MoE Training and Inference with Lina: more than 1.73x (×1.73 speed vs DeepSpeed-MoE; state-of-the-art MoE training systems on A100; H100)');
  });
});
