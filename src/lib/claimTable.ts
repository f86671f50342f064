/**
 * The loaded claims on the page: their columns (claimColumns.ts) and one small row object per claim that reads its
 * fields from them when asked (getters). A row is two fields (its table, its index) instead of 22 (with a string per
 * text field and a boxed number per double), so a million rows cost ~20 MB and tens of milliseconds to make, and
 * the engine (engine/) reads the columns themselves. Rows are never mutated; equal list values are one shared
 * array. What a row reads is what withIds (claims.ts) would hold for the same claim, id included.
 */
import { packedAt, type TextChunk } from '../../extract/core/packed.ts';
import type { Comparison, Direction, Metric, Qualifier, Topic } from '../../extract/core/types.ts';
import { DISTINCT_KEYS, LIST_JOIN, type ClaimColumns, type NumberKey, type TextKey } from './claimColumns.ts';
import type { Row } from './claims.ts';

const NO_LIST: readonly string[] = Object.freeze([]);

export class ClaimTable {
  readonly n: number;
  readonly rows: TableRow[];
  /** Decoded values per entry of the columns with repeating values (a few hundred thousand at most). */
  private readonly decoded = new Map<TextKey, (string | undefined)[]>();
  private readonly lists = new Map<TextKey, (string[] | undefined)[]>();

  constructor(readonly columns: ClaimColumns) {
    this.n = columns.n;
    const rows = new Array<TableRow>(this.n);
    for (let i = 0; i < this.n; i++) rows[i] = new TableRow(this, i);
    this.rows = rows;
    TABLES.set(rows, this);
  }

  /** Value `code` of a text column ('' for -1, a null). */
  entry(key: TextKey, code: number): string {
    if (code < 0) return '';
    const chunk = this.columns.text[key];
    if (!DISTINCT_KEYS.has(key)) return packedAt(chunk.values, code);
    let cache = this.decoded.get(key);
    if (!cache) this.decoded.set(key, (cache = new Array(chunk.values.ends.length)));
    return (cache[code] ??= packedAt(chunk.values, code));
  }

  text(key: TextKey, i: number): string {
    return this.entry(key, this.columns.text[key].codes[i]);
  }

  /** A list column's items (baseline, hardware): one array per distinct value, shared by its rows. */
  list(key: 'baseline' | 'hardware', i: number): string[] {
    return this.listEntry(key, this.columns.text[key].codes[i]);
  }

  /** The items of value `code` of a list column. */
  listEntry(key: 'baseline' | 'hardware', code: number): string[] {
    if (code < 0) return NO_LIST as string[];
    let cache = this.lists.get(key);
    if (!cache) this.lists.set(key, (cache = new Array(this.columns.text[key].values.ends.length)));
    const text = this.entry(key, code);
    return (cache[code] ??= text === '' ? (NO_LIST as string[]) : text.split(LIST_JOIN));
  }

  /** A number cell; null for an empty one. */
  number(key: NumberKey, i: number): number | null {
    const v = this.columns.num[key][i];
    return v === v ? v : null;
  }

  id(i: number): string {
    const { num, dup } = this.columns;
    const base = `${this.text('paper_id', i)}@${num.start[i]}-${num.end[i]}`;
    return dup[i] ? `${base}~${dup[i]}` : base;
  }

  /**
   * Per paper entry, its rows (counting sort by paper code), and the entries with rows in a hash table by their id's
   * text (no string per paper: at a million rows a Map of ids held ~500k strings and arrays): made on first use.
   */
  private papers: { first: Int32Array; rows: Int32Array; slots: Int32Array } | null = null;

  private paperIndex() {
    if (this.papers) return this.papers;
    const { codes, values } = this.columns.text.paper_id;
    const entries = values.ends.length + 1; // the last: rows with no paper id
    const first = new Int32Array(entries + 1);
    for (let i = 0; i < this.n; i++) first[(codes[i] < 0 ? entries - 1 : codes[i]) + 1]++;
    for (let e = 0; e < entries; e++) first[e + 1] += first[e];
    const fill = first.slice(0, entries);
    const rows = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) rows[fill[codes[i] < 0 ? entries - 1 : codes[i]]++] = i;
    const slots = new Int32Array(1 << (32 - Math.clz32(2 * entries))).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < entries - 1; e++) {
      if (first[e + 1] === first[e]) continue;
      let s = idHash(this.paperText(e)) & mask;
      while (slots[s] >= 0) s = (s + 1) & mask;
      slots[s] = e;
    }
    return (this.papers = { first, rows, slots });
  }

  /** Paper entry e's id (decoded for the hash, not kept). */
  private paperText(e: number): string {
    return packedAt(this.columns.text.paper_id.values, e);
  }

  /** The rows (indices, in order) of the paper with this id. */
  rowsOfPaper(paperId: string): number[] {
    const { first, rows, slots } = this.paperIndex();
    const out: number[] = [];
    const take = (e: number) => { for (let k = first[e]; k < first[e + 1]; k++) out.push(rows[k]); };
    if (paperId === '') take(first.length - 2); // rows with no paper id read as ''
    const mask = slots.length - 1;
    for (let s = idHash(paperId) & mask; slots[s] >= 0; s = (s + 1) & mask) if (this.paperText(slots[s]) === paperId) take(slots[s]);
    return out.sort((a, b) => a - b);
  }

  /** The row with this id (see id), or -1. */
  find(id: string): number {
    // `paper_id@start-end[~n]`: the paper id is what comes before one of the '@'s (it may hold '@' itself).
    for (let at = id.lastIndexOf('@'); at >= 0; at = id.lastIndexOf('@', at - 1)) {
      for (const i of this.rowsOfPaper(id.slice(0, at))) if (this.id(i) === id) return i;
      if (at === 0) break;
    }
    return -1;
  }

  /** Distinct paper ids. */
  paperIds(): Set<string> {
    const { first } = this.paperIndex();
    const ids = new Set<string>();
    for (let e = 0; e < first.length - 1; e++) if (first[e + 1] > first[e]) ids.add(e < first.length - 2 ? this.paperText(e) : '');
    return ids;
  }

  /** Builds what find and rowsOfPaper read ahead of the first click (idle time after a load). */
  prepareLookups(): void {
    this.paperIndex();
  }

  /** A column's chunk: its values and per row codes (what the index builds facets from). */
  chunk(key: TextKey): TextChunk {
    return this.columns.text[key];
  }
}

/** FNV-1a over UTF-16 units, mixed: a paper id's slot in the lookup table. */
function idHash(id: string): number {
  let h = 2166136261;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 16777619);
  return h ^ (h >>> 16);
}

/** The table whose rows these are (ClaimTable.rows), if any. */
const TABLES = new WeakMap<readonly object[], ClaimTable>();
export function tableOf(rows: readonly object[]): ClaimTable | undefined {
  return TABLES.get(rows);
}

/** One claim of a ClaimTable: reads its fields from the table's columns. */
export class TableRow implements Row {
  constructor(readonly table: ClaimTable, readonly index: number) {}
  get paper_id(): string { return this.table.text('paper_id', this.index); }
  get title(): string { return this.table.text('title', this.index); }
  get system(): string { return this.table.text('system', this.index); }
  get topic(): Topic { return this.table.text('topic', this.index) as Topic; }
  get metric(): Metric { return this.table.text('metric', this.index) as Metric; }
  get comparison(): Comparison { return this.table.text('comparison', this.index) as Comparison; }
  get direction(): Direction { return this.table.text('direction', this.index) as Direction; }
  get value_low(): number { return this.table.columns.num.value_low[this.index]; }
  get value_high(): number { return this.table.columns.num.value_high[this.index]; }
  get unit(): string { return this.table.text('unit', this.index); }
  get qualifier(): Qualifier { return this.table.text('qualifier', this.index) as Qualifier; }
  get factor_low(): number | null { return this.table.number('factor_low', this.index); }
  get factor_high(): number | null { return this.table.number('factor_high', this.index); }
  get baseline(): string[] { return this.table.list('baseline', this.index); }
  get hardware(): string[] { return this.table.list('hardware', this.index); }
  get hardware_count(): number | null { return this.table.number('hardware_count', this.index); }
  get model(): string { return this.table.text('model', this.index); }
  get span(): string { return this.table.text('span', this.index); }
  get start(): number { return this.table.columns.num.start[this.index]; }
  get end(): number { return this.table.columns.num.end[this.index]; }
  get evidence(): string { return this.table.text('evidence', this.index); }
  get id(): string { return this.table.id(this.index); }
}

const FIELDS = [
  'paper_id', 'title', 'system', 'topic', 'metric', 'comparison', 'direction', 'value_low', 'value_high', 'unit', 'qualifier',
  'factor_low', 'factor_high', 'baseline', 'hardware', 'hardware_count', 'model', 'span', 'start', 'end', 'evidence', 'id',
] as const;

/** A row as a plain object (tests compare rows with withIds'; a structured clone needs one). */
export function plainRow(r: Row): Row {
  return Object.fromEntries(FIELDS.map((k) => [k, r[k]])) as unknown as Row;
}
