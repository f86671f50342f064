/**
 * Claims appended one by one into columns (claimColumns.ts): a CSV read in pieces, pasted papers' claims. Text with
 * repeating values gets one entry per distinct value (a Map lookup per cell); span and evidence one per row (evidence
 * as UTF-8 bytes).
 */
import { packStrings, Utf8Builder, type TextChunk } from '../../extract/core/packed.ts';
import type { Claim } from '../../extract/core/types.ts';
import { LIST_JOIN, type ClaimColumns } from './claimColumns.ts';
import { identify } from './identify.ts';

const grow = <A extends Int32Array | Float64Array>(a: A, need: number): A => {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => A)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
};

/** A text column with one entry per distinct value. */
class DistinctText {
  readonly index = new Map<string, number>();
  readonly values: string[] = [];
  codes = new Int32Array(1024);
  add(i: number, v: string): void {
    let code = this.index.get(v);
    if (code === undefined) { code = this.values.length; this.index.set(v, code); this.values.push(v); }
    if (i === this.codes.length) this.codes = grow(this.codes, i + 1);
    this.codes[i] = code;
  }
  finish(n: number): TextChunk {
    return { values: packStrings(this.values), codes: this.codes.slice(0, n) };
  }
}

/** A number column (NaN: empty). */
class Numbers {
  values = new Float64Array(1024);
  add(i: number, v: number | null): void {
    if (i === this.values.length) this.values = grow(this.values, i + 1);
    this.values[i] = v ?? NaN;
  }
}

/** Claims appended one at a time (written out field by field: a loop over column names cost more than the parsing). */
export class ColumnsBuilder {
  n = 0;
  private readonly paper_id = new DistinctText();
  private readonly title = new DistinctText();
  private readonly system = new DistinctText();
  private readonly topic = new DistinctText();
  private readonly metric = new DistinctText();
  private readonly comparison = new DistinctText();
  private readonly direction = new DistinctText();
  private readonly unit = new DistinctText();
  private readonly qualifier = new DistinctText();
  private readonly baseline = new DistinctText();
  private readonly hardware = new DistinctText();
  private readonly model = new DistinctText();
  private readonly span: string[] = [];
  /** As UTF-8 (packed.ts PackedUtf8): the bulk of a table, decoded only for the rows shown. */
  private readonly evidence = new Utf8Builder();
  private readonly value_low = new Numbers();
  private readonly value_high = new Numbers();
  private readonly factor_low = new Numbers();
  private readonly factor_high = new Numbers();
  private readonly hardware_count = new Numbers();
  private readonly start = new Numbers();
  private readonly end = new Numbers();

  add(c: Claim): void {
    const i = this.n++;
    this.paper_id.add(i, c.paper_id);
    this.title.add(i, c.title);
    this.system.add(i, c.system);
    this.topic.add(i, c.topic);
    this.metric.add(i, c.metric);
    this.comparison.add(i, c.comparison);
    this.direction.add(i, c.direction);
    this.unit.add(i, c.unit);
    this.qualifier.add(i, c.qualifier);
    this.baseline.add(i, c.baseline.length === 1 ? c.baseline[0] : c.baseline.join(LIST_JOIN));
    this.hardware.add(i, c.hardware.length === 1 ? c.hardware[0] : c.hardware.join(LIST_JOIN));
    this.model.add(i, c.model);
    this.span.push(c.span);
    this.evidence.add(c.evidence);
    this.value_low.add(i, c.value_low);
    this.value_high.add(i, c.value_high);
    this.factor_low.add(i, c.factor_low);
    this.factor_high.add(i, c.factor_high);
    this.hardware_count.add(i, c.hardware_count);
    this.start.add(i, c.start);
    this.end.add(i, c.end);
  }

  /** The columns (lists already split and joined: nothing left to read as cellsToClaim does). */
  finish(): ClaimColumns {
    const n = this.n;
    const text: ClaimColumns['text'] = {
      paper_id: this.paper_id.finish(n), title: this.title.finish(n), system: this.system.finish(n), topic: this.topic.finish(n),
      metric: this.metric.finish(n), comparison: this.comparison.finish(n), direction: this.direction.finish(n), unit: this.unit.finish(n),
      qualifier: this.qualifier.finish(n), baseline: this.baseline.finish(n),
      hardware: this.hardware.finish(n), model: this.model.finish(n),
      span: { values: packStrings(this.span), codes: identity(n) }, evidence: { values: this.evidence.finish(), codes: identity(n) },
    };
    const num: ClaimColumns['num'] = {
      value_low: this.value_low.values.slice(0, n), value_high: this.value_high.values.slice(0, n),
      factor_low: this.factor_low.values.slice(0, n),
      factor_high: this.factor_high.values.slice(0, n), hardware_count: this.hardware_count.values.slice(0, n),
      start: this.start.values.slice(0, n), end: this.end.values.slice(0, n),
    };
    const { paper, dup, jitter, papers } = identify(text.paper_id, num.start, num.end);
    return { n, text: { ...text, paper_id: paper }, num, dup, jitter, papers };
  }
}

function identity(n: number): Int32Array {
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = i;
  return codes;
}

/** Claims as columns (pasted papers' claims, rows the index is asked about). */
export function columnsOfClaims(claims: readonly Claim[]): ClaimColumns {
  const b = new ColumnsBuilder();
  for (const c of claims) b.add(c);
  return b.finish();
}
