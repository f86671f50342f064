/**
 * Records of a claims CSV, as CsvScanner finds them in the file's bytes, appended to columns (claimColumns.ts)
 * without a string or object per row: a cell is looked up by its bytes (byteDict.ts) and what it reads as is worked
 * out once per distinct cell, as cellsToClaim (extract/core/table.ts) reads it: the field's parse (fields.ts), lists
 * split on ';', numbers by parseNumber, an unusable record reported with cellsToClaim's message. Span and evidence
 * are copied as bytes (evidence stays UTF-8, packed.ts PackedUtf8). The columns are those ColumnsBuilder gives
 * the same records, entry for entry (tests/src/lib/csvColumns.test.ts compares them on random tables).
 */
import { utf16Length } from '../../extract/core/csvScan.ts';
import type { CsvScanner } from '../../extract/core/csvScan.ts';
import { CLAIM_FIELD, CLAIM_FIELDS, parseList, parseNumber } from '../../extract/core/fields.ts';
import { packStrings, type TextChunk } from '../../extract/core/packed.ts';
import { startsLikeFormula, type TableIssue } from '../../extract/core/table.ts';
import { ByteDict } from './byteDict.ts';
import { CellBytes, decodeAll, evidenceBytes, spanStrings } from './cellBytes.ts';
import { LIST_JOIN, NUMBER_KEYS, TEXT_KEYS, type ClaimColumns, type TextKey } from './claimColumns.ts';
import { identify } from './identify.ts';

const METRIC_KNOWN = CLAIM_FIELD.metric.known;
/** What a text cell reads as (cellsToClaim): the field's parse, a list's items joined (ColumnsBuilder), else itself. */
const READ: Partial<Record<TextKey, (v: string) => string>> = {};
for (const f of CLAIM_FIELDS) {
  if (f.type === 'list') READ[f.name] = (v) => parseList(v).join(LIST_JOIN);
  else if (f.type === 'text' && 'parse' in f) READ[f.name] = f.parse;
}
const DISTINCT: readonly TextKey[] = TEXT_KEYS.filter((k) => k !== 'span' && k !== 'evidence');
const METRIC = DISTINCT.indexOf('metric');
const [VALUE_LOW, VALUE_HIGH, FACTOR_LOW, FACTOR_HIGH, HARDWARE_COUNT, START, END] = (
  ['value_low', 'value_high', 'factor_low', 'factor_high', 'hardware_count', 'start', 'end'] as const
).map((k) => NUMBER_KEYS.indexOf(k));

/**
 * A column of repeating text: cells by their bytes, entries by what they read as (one per value, in the order of the
 * claims that first have them, as ColumnsBuilder numbers them). A column read as it is (no parse) needs no lookup by
 * text: its cells' entries are its values (when well-formed UTF-8), decoded together at the end.
 */
class TextColumn {
  readonly cells = new ByteDict();
  /** Per cell entry: its value's code, -1 until a claim has it. */
  private code = new Int32Array(256).fill(-1);
  /** Read through a parse: the values, and the code of each. */
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  /** Read as it is: per code, its cell entry. */
  private order = new Int32Array(256);
  private count = 0;
  codes = new Int32Array(1024);
  constructor(private readonly read: ((v: string) => string) | undefined) {}

  set(row: number, cell: number): void {
    if (cell >= this.code.length) { const next = new Int32Array(this.code.length * 2).fill(-1); next.set(this.code); this.code = next; }
    let c = this.code[cell];
    if (c < 0) {
      if (this.read) {
        const v = this.read(this.cells.text(cell));
        c = this.index.get(v) ?? -1;
        if (c < 0) { c = this.values.length; this.index.set(v, c); this.values.push(v); }
      } else {
        c = this.count++;
        if (c === this.order.length) this.order = grow(this.order);
        this.order[c] = cell;
      }
      this.code[cell] = c;
    }
    if (row === this.codes.length) this.codes = grow(this.codes);
    this.codes[row] = c;
  }

  finish(n: number): TextChunk {
    const codes = this.codes.slice(0, n);
    if (this.read) return { values: packStrings(this.values), codes };
    const { keys, keyEnds } = this.cells;
    const order = this.order.subarray(0, this.count);
    if (!this.cells.wellFormed()) {
      // Two cells' bytes may decode to one text (U+FFFD): one entry per text, as ColumnsBuilder has it.
      const index = new Map<string, number>();
      const values: string[] = [];
      const remap = Int32Array.from(order, (cell) => {
        const v = this.cells.text(cell);
        let c = index.get(v);
        if (c === undefined) { c = values.length; index.set(v, c); values.push(v); }
        return c;
      });
      return { values: packStrings(values), codes: codes.map((c) => remap[c]) };
    }
    // The entries' bytes in code order (usually they are in that order already), decoded at once.
    let inOrder = true;
    for (let c = 0; c < order.length && inOrder; c++) inOrder = order[c] === c;
    let bytes: Uint8Array;
    const byteEnds = new Int32Array(order.length);
    if (inOrder) {
      bytes = keys.subarray(0, order.length ? keyEnds[order.length - 1] : 0);
      byteEnds.set(keyEnds.subarray(0, order.length));
    } else {
      let size = 0;
      for (const e of order) size += keyEnds[e] - (e ? keyEnds[e - 1] : 0);
      bytes = new Uint8Array(size);
      let at = 0;
      order.forEach((e, c) => {
        const from = e ? keyEnds[e - 1] : 0;
        bytes.set(keys.subarray(from, keyEnds[e]), at);
        byteEnds[c] = at += keyEnds[e] - from;
      });
    }
    const ends = new Int32Array(order.length);
    let units = 0;
    for (let c = 0, from = 0; c < order.length; from = byteEnds[c++]) ends[c] = units += utf16Length(bytes, from, byteEnds[c]);
    return { values: { text: decodeAll(bytes, units), ends }, codes };
  }
}

/** A number column: cells by their bytes, each parsed once (parseNumber: null when empty, NaN when not a number). */
class NumberColumn {
  readonly cells = new ByteDict();
  private parsed: (number | null)[] = [];
  values = new Float64Array(1024);
  at(cell: number): number | null {
    while (this.parsed.length < this.cells.size) this.parsed.push(parseNumber(this.cells.text(this.parsed.length)));
    return this.parsed[cell];
  }
  set(row: number, v: number | null): void {
    if (row === this.values.length) this.values = grow(this.values);
    this.values[row] = v ?? NaN;
  }
}

const grow = <A extends Int32Array | Float64Array>(a: A): A => {
  const next = new (a.constructor as new (n: number) => A)(a.length * 2);
  next.set(a);
  return next;
};

// ignoreBOM: a cell may start with U+FEFF, which is text (only the file's first bytes are a byte-order mark).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export class CsvColumnsReader {
  n = 0;
  /** Non-blank records read (claims and skipped ones). */
  records = 0;
  readonly issues: TableIssue[] = [];
  /** Some text cell starts like a formula: the table is exact, not spreadsheet-safe. */
  formulaSeen = false;
  private readonly text = DISTINCT.map((k) => new TextColumn(READ[k]));
  private readonly num = NUMBER_KEYS.map(() => new NumberColumn());
  /** Header positions of the columns above (-1: absent, read as an empty cell); of span and evidence. */
  private readonly textAt: Int32Array;
  private readonly numAt: Int32Array;
  private readonly spanAt: number;
  private readonly evidenceAt: number;
  /** The cell entries of the record being read, per column above. */
  private readonly textCell: Int32Array;
  private readonly numCell: Int32Array;
  private readonly numValue: (number | null)[] = NUMBER_KEYS.map(() => null);
  private readonly span = new CellBytes();
  private readonly evidence: CellBytes;
  private readonly textPositions: number[];

  /** `size`: the bytes of the records to read, more than their evidence takes (pages never written stay unused). */
  constructor(fields: readonly string[], size = 0) {
    this.evidence = new CellBytes(Math.max(1 << 16, size));
    const at = (k: string) => fields.indexOf(k);
    this.textAt = Int32Array.from(DISTINCT, at);
    this.numAt = Int32Array.from(NUMBER_KEYS, at);
    this.spanAt = at('span');
    this.evidenceAt = at('evidence');
    this.textCell = new Int32Array(DISTINCT.length);
    this.numCell = new Int32Array(NUMBER_KEYS.length);
    this.textPositions = CLAIM_FIELDS.flatMap((f) => (f.type !== 'number' && at(f.column) >= 0 ? [at(f.column)] : []));
  }

  /** The record the scanner has just found in `bytes`. */
  add(bytes: Uint8Array, s: CsvScanner): void {
    // isBlank: every cell empty or whitespace (rare: a cell with a letter in it ends the test at once).
    if (blank(bytes, s)) return;
    const { starts, ends, escaped } = s;
    if (!this.formulaSeen) {
      for (const j of this.textPositions) {
        if (starts[j] < ends[j] && startsLikeFormula(String.fromCharCode(bytes[starts[j]]))) { this.formulaSeen = true; break; }
      }
    }
    const record = this.records++;
    for (let c = 0; c < this.text.length; c++) {
      const j = this.textAt[c];
      this.textCell[c] = j < 0 ? this.text[c].cells.entry(bytes, 0, 0, 0) : this.text[c].cells.entry(bytes, starts[j], ends[j], escaped[j]);
    }
    for (let c = 0; c < this.num.length; c++) {
      const j = this.numAt[c];
      const col = this.num[c];
      const cell = (this.numCell[c] = j < 0 ? col.cells.entry(bytes, 0, 0, 0) : col.cells.entry(bytes, starts[j], ends[j], escaped[j]));
      this.numValue[c] = col.at(cell);
    }
    const message = this.problem();
    // +2: the header is line 1 and records count from 0 (exact for records without quoted newlines), as parseClaimsCsv.
    if (message !== null) { this.issues.push({ line: record + 2, message }); return; }
    const row = this.n++;
    for (let c = 0; c < this.text.length; c++) this.text[c].set(row, this.textCell[c]);
    const v = this.numValue;
    const num = this.num;
    num[VALUE_LOW].set(row, v[VALUE_LOW]);
    num[VALUE_HIGH].set(row, v[VALUE_HIGH] ?? v[VALUE_LOW]);
    num[FACTOR_LOW].set(row, v[FACTOR_LOW]);
    num[FACTOR_HIGH].set(row, v[FACTOR_HIGH] ?? v[FACTOR_LOW]);
    num[HARDWARE_COUNT].set(row, v[HARDWARE_COUNT]);
    num[START].set(row, v[START] ?? 0);
    num[END].set(row, v[END] ?? 0);
    if (this.spanAt < 0) this.span.add(bytes, 0, 0, 0);
    else this.span.add(bytes, starts[this.spanAt], ends[this.spanAt], escaped[this.spanAt]);
    if (this.evidenceAt < 0) this.evidence.add(bytes, 0, 0, 0);
    else this.evidence.add(bytes, starts[this.evidenceAt], ends[this.evidenceAt], escaped[this.evidenceAt]);
  }

  /** Why cellsToClaim would not read the record as a claim (its message, its checks in its order), or null. */
  private problem(): string | null {
    const metric = this.text[METRIC].cells.text(this.textCell[METRIC]);
    if (!METRIC_KNOWN.has(metric)) return `unknown metric "${metric}"`;
    const v = this.numValue;
    const low = v[VALUE_LOW];
    const high = v[VALUE_HIGH] ?? low;
    if (low === null || Number.isNaN(low) || high === null || Number.isNaN(high)) {
      const cell = (c: number) => this.num[c].cells.text(this.numCell[c]);
      return `value_low/value_high is not a number ("${cell(VALUE_LOW)}", "${cell(VALUE_HIGH)}")`;
    }
    if (Number.isNaN(v[FACTOR_LOW]) || Number.isNaN(v[FACTOR_HIGH]) || Number.isNaN(v[HARDWARE_COUNT])
      || Number.isNaN(v[START]) || Number.isNaN(v[END])) {
      return 'factor, hardware_count, start or end is not a number';
    }
    return null;
  }

  /**
   * The columns, as ColumnsBuilder.finish gives them; `whole`: the part is the whole table, else the page works out
   * the ids' `~n` and jitter over all parts (mergeColumns.ts) and this part's would be thrown away.
   */
  finish(whole = true): ClaimColumns {
    const n = this.n;
    const text = {} as ClaimColumns['text'];
    DISTINCT.forEach((k, c) => { text[k] = this.text[c].finish(n); });
    text.span = { values: spanStrings(this.span), codes: identity(n) };
    text.evidence = { values: evidenceBytes(this.evidence), codes: identity(n) };
    const num = {} as ClaimColumns['num'];
    NUMBER_KEYS.forEach((k, c) => { num[k] = this.num[c].values.slice(0, n); });
    if (!whole) return { n, text, num, dup: new Int32Array(0), jitter: new Float64Array(0), papers: 0 };
    const { paper, dup, jitter, papers } = identify(text.paper_id, num.start, num.end);
    return { n, text: { ...text, paper_id: paper }, num, dup, jitter, papers };
  }
}


function blank(bytes: Uint8Array, s: CsvScanner): boolean {
  for (let j = 0; j < s.fields; j++) {
    for (let i = s.starts[j]; i < s.ends[j]; i++) {
      const c = bytes[i];
      if (c === 32 || (c >= 9 && c <= 13)) continue;
      if (c < 0x80) return false;
      // Non-ASCII: trim knows Unicode's spaces.
      if (decoder.decode(bytes.subarray(s.starts[j], s.ends[j])).trim() !== '') return false;
      break;
    }
  }
  return true;
}

function identity(n: number): Int32Array {
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = i;
  return codes;
}
