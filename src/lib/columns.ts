/**
 * Rows as columns, for sending 100k parsed claims from a CSV worker to the page cheaply: structured-cloning
 * 100k objects of 20 fields cost ~0.6 s on the main thread; these columns are a few typed arrays (transferred,
 * not copied) and a few long strings (one copy each): repeated strings as a dictionary plus codes, per-row text
 * (span, evidence, id) concatenated with end offsets. `decodeRows(encodeRows(r))` equals `r`.
 * Decoded rows share equal list arrays (baseline, hardware): rows are never mutated, so that is safe and saves
 * 200k arrays. A list holding only '' comes back empty (parsed lists never hold '').
 */
import type { Claim } from '../../extract/core/types.ts';
import type { Row } from './claims.ts';
import { jitter } from './chartLayout.ts';

const DICT = ['paper_id', 'title', 'system', 'topic', 'metric', 'comparison', 'direction', 'unit', 'qualifier', 'model'] as const;
const LISTS = ['baseline', 'hardware'] as const;
const LONG = ['span', 'evidence', 'id'] as const;
const NUMS = ['value_low', 'value_high', 'factor_low', 'factor_high', 'hardware_count', 'start', 'end'] as const;
/** Joins a list in one dictionary entry: cannot occur in a CSV cell that parsed (binary input is refused). */
const SEP = '\u0000';

/** Strings concatenated: string i is text.slice(ends[i - 1] ?? 0, ends[i]). */
export interface Strings {
  text: string;
  ends: Int32Array;
}

export interface RowColumns {
  n: number;
  dict: Record<(typeof DICT)[number] | (typeof LISTS)[number], { values: Strings; codes: Int32Array }>;
  long: Record<(typeof LONG)[number], Strings>;
  /** NaN stands for null (a parsed number is never NaN). */
  num: Record<(typeof NUMS)[number], Float64Array>;
  /** The chart's jitter of each row (chartLayout.ts jitter(id)): hashing 100k ids is worker work too. */
  jitter: Float64Array;
}

function pack(list: readonly string[]): Strings {
  const ends = new Int32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) { at += list[i].length; ends[i] = at; }
  return { text: list.join(''), ends };
}

function unpack({ text, ends }: Strings): string[] {
  const out: string[] = new Array(ends.length);
  for (let i = 0; i < ends.length; i++) out[i] = text.slice(i ? ends[i - 1] : 0, ends[i]);
  return out;
}

/** The columns of claims with their ids (`ids[i]` is claim i's: see idsOf; rows carry their own). */
export function encodeRows(rows: readonly Claim[], ids: readonly string[] = (rows as readonly Row[]).map((r) => r.id)): RowColumns {
  const n = rows.length;
  const dict = {} as RowColumns['dict'];
  for (const k of [...DICT, ...LISTS]) {
    const values: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = rows[i];
      const v = k === 'baseline' || k === 'hardware' ? c[k].join(SEP) : c[k];
      let code = index.get(v);
      if (code === undefined) { code = values.length; index.set(v, code); values.push(v); }
      codes[i] = code;
    }
    dict[k] = { values: pack(values), codes };
  }
  const long = {} as RowColumns['long'];
  long.span = pack(rows.map((r) => r.span));
  long.evidence = pack(rows.map((r) => r.evidence));
  long.id = pack(ids);
  const num = {} as RowColumns['num'];
  for (const k of NUMS) {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = rows[i][k] ?? NaN;
    num[k] = a;
  }
  return { n, dict, long, num, jitter: Float64Array.from(ids, (id) => jitter(id)) };
}

/** The buffers to transfer with postMessage. */
export function transferables(cols: RowColumns): ArrayBuffer[] {
  return [
    ...Object.values(cols.dict).flatMap((d) => [d.codes.buffer as ArrayBuffer, d.values.ends.buffer as ArrayBuffer]),
    ...Object.values(cols.long).map((l) => l.ends.buffer as ArrayBuffer),
    ...Object.values(cols.num).map((a) => a.buffer as ArrayBuffer),
    cols.jitter.buffer as ArrayBuffer,
  ];
}

/** The distinct paper ids of a part (its dictionary). */
export function paperIds(cols: RowColumns): string[] {
  return unpack(cols.dict.paper_id.values);
}

/** The rows, appended to `out`. */
export function decodeRows(cols: RowColumns, out: Row[] = []): Row[] {
  const { n, dict, long, num } = cols;
  const lists = (k: 'baseline' | 'hardware') => unpack(dict[k].values).map((v) => (v === '' ? [] : v.split(SEP)));
  const baseline = lists('baseline');
  const hardware = lists('hardware');
  const [pid, title, system, topic, metric, comparison, direction, unit, qualifier, model] = DICT.map((k) => ({ v: unpack(dict[k].values), c: dict[k].codes }));
  const nul = (x: number) => (x !== x ? null : x);
  const { value_low, value_high, factor_low, factor_high, hardware_count, start, end } = num;
  const { span, evidence, id } = long;
  const slice = (s: Strings, i: number) => s.text.slice(i ? s.ends[i - 1] : 0, s.ends[i]);
  for (let i = 0; i < n; i++) {
    out.push({
      paper_id: pid.v[pid.c[i]], title: title.v[title.c[i]], system: system.v[system.c[i]], topic: topic.v[topic.c[i]] as Claim['topic'],
      metric: metric.v[metric.c[i]] as Claim['metric'], comparison: comparison.v[comparison.c[i]] as Claim['comparison'],
      direction: direction.v[direction.c[i]] as Claim['direction'], value_low: value_low[i], value_high: value_high[i],
      unit: unit.v[unit.c[i]], qualifier: qualifier.v[qualifier.c[i]] as Claim['qualifier'],
      factor_low: nul(factor_low[i]), factor_high: nul(factor_high[i]),
      baseline: baseline[dict.baseline.codes[i]], hardware: hardware[dict.hardware.codes[i]],
      hardware_count: nul(hardware_count[i]), model: model.v[model.c[i]],
      span: slice(span, i), start: start[i], end: end[i], evidence: slice(evidence, i), id: slice(id, i),
    });
  }
  return out;
}
