/**
 * The field descriptor (fields.ts) and the readers and writers that go by it agree: the CSV reader gives each field
 * what its descriptor says for an empty or unknown cell, and a claims table written and read back gives every field back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, CLAIM_FIELD, CLAIM_FIELDS, NUMBER_COLUMNS, PAPER_FIELDS } from '../../../extract/core/fields.ts';
import { claimsToCsv, parseClaimsCsv, recordToClaim } from '../../../extract/core/table.ts';
import type { Claim } from '../../../extract/core/types.ts';
import { NUMBER_KEYS, TEXT_KEYS } from '../../../src/lib/claimColumns.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'dashboard');

const BASE: Record<string, string> = {
  paper_id: 'p', title: 'T', system: 'S', topic: 'Graph learning', metric: 'speed', comparison: 'absolute', direction: 'decrease',
  value_low: '2', value_high: '3', unit: 'x', qualifier: 'up_to', factor_low: '1.5', factor_high: '2.5', baseline: 'vLLM; Orca',
  hardware: 'A100', hardware_count: '8', model: 'M', span: '2x', start: '4', end: '6', evidence: 'e',
};

describe('the claim fields', () => {
  it('are the columns of claims.csv, every Claim field once; numbers and text split them between the dashboard columns', () => {
    expect(claimsToCsv([])).toBe(`${CLAIM_COLUMNS.join(',')}\r\n`);
    expect(Object.keys(BASE)).toEqual([...CLAIM_COLUMNS]);
    expect([...TEXT_KEYS, ...NUMBER_KEYS].sort()).toEqual([...CLAIM_COLUMNS].sort());
    expect([...NUMBER_COLUMNS].sort()).toEqual([...NUMBER_KEYS, 'n_claims'].sort());
    expect(PAPER_FIELDS.map((f) => f.column)).toEqual(['paper_id', 'title', 'system', 'topic', 'hardware_mentioned', 'n_claims', 'abstract']);
  });

  it('an empty cell reads as its field says: refused, null, 0, or the value of the field it is like', () => {
    const whole = recordToClaim(BASE, false) as Claim;
    for (const f of CLAIM_FIELDS) {
      if (f.type !== 'number') continue;
      const read = recordToClaim({ ...BASE, [f.name]: '' }, false);
      if (f.empty === 'refuse') expect(typeof read, f.name).toBe('string');
      else {
        const expected = f.empty === null ? null : f.empty === 0 ? 0 : whole[f.empty.like as keyof Claim];
        expect((read as Claim)[f.name], f.name).toBe(expected);
      }
    }
  });

  it('a text cell reads through its field\'s parse; a metric outside the closed list refuses the record', () => {
    for (const f of CLAIM_FIELDS) {
      if (f.type !== 'text' || !('parse' in f)) continue;
      const read = recordToClaim({ ...BASE, [f.name]: 'made up' }, false) as Claim;
      expect(read[f.name], f.name).toBe((f.parse as (cell: string) => string)('made up'));
      expect(read[f.name], f.name).not.toBe('made up');
    }
    expect(recordToClaim({ ...BASE, metric: 'made up' }, false)).toBe('unknown metric "made up"');
    expect(CLAIM_FIELD.metric.known.has('speed')).toBe(true);
  });

  it('the dashboard fixture is written back byte for byte, and every field of every claim reads back the same', () => {
    const file = readFileSync(join(FIXTURES, 'claims.csv'), 'utf8');
    const { claims, issues } = parseClaimsCsv(file);
    expect(issues).toEqual([]);
    expect(claims.length).toBeGreaterThan(50);
    const written = claimsToCsv(claims);
    expect(written + '\r\n').toBe(file);
    const back = parseClaimsCsv(written).claims;
    expect(back).toHaveLength(claims.length);
    back.forEach((c, i) => { for (const f of CLAIM_FIELDS) expect(c[f.name], `${i} ${f.name}`).toEqual(claims[i][f.name]); });
  });
});
