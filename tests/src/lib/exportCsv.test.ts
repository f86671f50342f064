import { describe, expect, it } from 'vitest';
import { claimsToCsv, parseClaimsCsv } from '../../../extract/core/table.ts';
import { csvBlob, exportFileName } from '../../../src/lib/exportCsv.ts';
import { emptyFilters, type Filters } from '../../../src/lib/filters.ts';
import { CLAIMS } from './helpers.ts';

const f = (p: Partial<Filters>): Filters => ({ ...emptyFilters(), ...p });

describe('exportFileName', () => {
  it('says what is in the file: baselines, GPUs, topics, metrics, search', () => {
    expect(exportFileName(f({}))).toBe('claims.csv');
    expect(exportFileName(f({ hardware: ['A100'], baseline: ['vLLM'] }))).toBe('claims-vllm-a100.csv');
    expect(exportFileName(f({ topic: ['LLM serving & inference'], metric: ['training_time'], search: ' KV cache ', hideUpTo: true })))
      .toBe('claims-llm-serving-inference-training-time-kv-cache-no-up-to.csv');
    expect(exportFileName(f({ baseline: ['Mélange', 'generic baselines'], hardware: ['RTX 4090'] }))).toBe('claims-melange-generic-baselines-rtx-4090.csv');
  });
  it('stays short: cut at a word and marked', () => {
    const name = exportFileName(f({ hardware: ['A100', 'H100', 'H800', 'RTX 4090', 'RTX 3090', 'TPU v4', 'MI250X', 'Jetson AGX Xavier', 'Gaudi2', 'V100'] }));
    expect(name).toBe('claims-a100-h100-h800-rtx-4090-rtx-3090-tpu-v4-mi250x-jetson-agx-xavier-gaudi2-etc.csv');
    expect(name.length).toBeLessThanOrEqual(88);
  });
  it('other kinds of file say what they are of before the filters', () => {
    expect(exportFileName(f({ hardware: ['A100'] }), 'standing', ['speed', 'vs vLLM'])).toBe('standing-speed-vs-vllm-a100.csv');
    expect(exportFileName(f({}), 'edges')).toBe('edges.csv');
  });
  it('a search of only punctuation adds nothing', () => {
    expect(exportFileName(f({ search: '×%' }))).toBe('claims.csv');
  });
});

describe('csvBlob', () => {
  it('starts with the UTF-8 BOM unless left off; the file reads back the same', async () => {
    const text = claimsToCsv([{ ...CLAIMS[0], title: 'Mélange: 2.5× cheaper' }]);
    const withBom = new Uint8Array(await csvBlob(text, true).arrayBuffer());
    expect([...withBom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const without = new Uint8Array(await csvBlob(text, false).arrayBuffer());
    expect(without[0]).toBe('p'.charCodeAt(0));
    expect(parseClaimsCsv(new TextDecoder().decode(withBom)).claims[0].title).toBe('Mélange: 2.5× cheaper');
  });
});
