/** A loaded table's chart looks, read off its columns in one pass (rowLooks.ts), equal those read row by row. */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../extract/gen-claims.ts';
import { withIds } from '../../../src/lib/claims.ts';
import { ClaimTable } from '../../../src/lib/claimTable.ts';
import { columnsOfClaims } from '../../../src/lib/columnsBuilder.ts';
import { lookOf, looksOf } from '../../../src/lib/rowLooks.ts';
import { CLAIMS, claim } from './helpers.ts';

describe('row looks', () => {
  it("from a table's columns: each row's jitter, kind, colour and factors as lookOf gives them from the row", () => {
    const odd = [
      claim({ paper_id: 'x', span: 'a', factor_low: null, factor_high: null, qualifier: 'up_to' }),
      claim({ paper_id: 'x', span: 'b', factor_low: 2, factor_high: null, qualifier: 'at_least' }),
      claim({ paper_id: 'y', span: 'c', factor_low: 3, factor_high: 5, qualifier: 'up_to', metric: 'memory' }),
      claim({ paper_id: 'y', span: 'd', factor_low: 0.5, factor_high: 0.5, metric: 'accuracy' }),
    ];
    const claims = [...CLAIMS, ...odd, ...generateCorpus({ rows: 400, seed: 5, sample: CLAIMS }).claims];
    const table = new ClaimTable(columnsOfClaims(claims));
    const fromTable = looksOf(table.rows);
    const rows = withIds(claims);
    const byRow = looksOf(rows);
    rows.forEach((r, i) => lookOf(byRow, r, i));
    const colour = (l: typeof byRow, i: number) => l.colors[l.color[i]];
    for (let i = 0; i < rows.length; i++) {
      const want = [byRow.jitter[i], byRow.kind[i], colour(byRow, i), byRow.low[i], byRow.high[i], byRow.logLow[i], byRow.logHigh[i]];
      const got = [fromTable.jitter[i], fromTable.kind[i], colour(fromTable, i), fromTable.low[i], fromTable.high[i],
        fromTable.logLow[i], fromTable.logHigh[i]];
      expect([i, got]).toEqual([i, want]);
    }
    expect(fromTable.done.every((d) => d === 1)).toBe(true);
  });
});
