/**
 * Column chunks of a Parquet file read straight into typed arrays, one row group at a time, for a reader that holds a
 * table as columns (the dashboard): text as the chunk's distinct values packed in one string plus per row an index
 * into them, numbers as a Float64Array. No string, array or object is made per row: a 1M-row file's facet columns are
 * a few hundred dictionary strings and Int32Arrays of codes, and a long text column is one string per row group.
 *
 * Pages are decoded by hyparquet (page headers, decompression, definition levels, every encoding), so any writer's
 * files read here (pandas, DuckDB, Spark: PLAIN, dictionary, DELTA_*, data pages v1 and v2). Flat columns only (no
 * lists or structs: a claims table has none). Part of parquet.ts, which re-exports it.
 */
import { parquetHeader } from 'hyparquet/src/column.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel, getMaxRepetitionLevel, getSchemaPath } from 'hyparquet/src/schema.js';
import type { DecodedArray, FileMetaData, SchemaTree } from 'hyparquet';
import type { Packed, PackedStrings, PackedUtf8, TextChunk } from './packed.ts';

export type { PackedStrings, TextChunk };

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Packs UTF-8 byte strings: their bytes copied into one buffer and decoded with one call. Ends are byte ends while
 * every byte is ASCII (one UTF-16 unit each, the common case); otherwise they are counted in UTF-16 units afterwards.
 */
class Utf8Packer {
  private bytes: Uint8Array;
  private length = 0;
  private ends: Int32Array = new Int32Array(1024);
  private count = 0;

  /** `bytes`: what the values will take, when known (a column's uncompressed size): no buffer grown and copied. */
  constructor(bytes = 1 << 16) {
    this.bytes = new Uint8Array(Math.max(16, bytes));
  }

  add(value: Uint8Array): number {
    return this.addRange(value, 0, value.length);
  }

  /** Bytes from … to of `source` as the next value; returns its index. */
  private addRange(source: Uint8Array, from: number, to: number): number {
    const n = to - from;
    if (this.length + n > this.bytes.length) {
      const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
      next.set(this.bytes.subarray(0, this.length));
      this.bytes = next;
    }
    if (n < 24) { const out = this.bytes; let o = this.length; for (let k = from; k < to; k++) out[o++] = source[k]; }
    else this.bytes.set(source.subarray(from, to), this.length);
    this.length += n;
    if (this.count === this.ends.length) { const next = new Int32Array(this.count * 2); next.set(this.ends); this.ends = next; }
    this.ends[this.count] = this.length;
    return this.count++;
  }

  /** `count` values stored PLAIN (each a 4-byte little-endian length and its bytes); returns the first one's index. */
  addPlain(plain: Uint8Array, count: number): number {
    const first = this.count;
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 4 > plain.length) throw new Error('parquet text page cut short');
      const n = (plain[p] | (plain[p + 1] << 8) | (plain[p + 2] << 16) | (plain[p + 3] << 24)) >>> 0;
      p += 4;
      if (p + n > plain.length) throw new Error('parquet text page cut short');
      this.addRange(plain, p, p + n);
      p += n;
    }
    return first;
  }

  /** Values hyparquet decoded (byte arrays, or strings from a DELTA_* page); returns the first one's index. */
  addAll(values: DecodedArray): number {
    const first = this.count;
    for (let k = 0; k < values.length; k++) {
      const v = values[k] as unknown;
      this.add(v instanceof Uint8Array ? v : encoder.encode(String(v)));
    }
    return first;
  }

  /** The values as UTF-8 bytes, not decoded (the buffer may be longer than the view: it is transferred, not copied). */
  finishUtf8(): PackedUtf8 {
    return { bytes: this.bytes.subarray(0, this.length), ends: this.ends.slice(0, this.count) };
  }

  finish(): PackedStrings {
    const bytes = this.bytes.subarray(0, this.length);
    const byteEnds = this.ends.slice(0, this.count);
    const text = utf8.decode(bytes);
    // As many units as bytes: no multi-byte sequence (an invalid byte is one U+FFFD), so byte ends are unit ends.
    if (text.length === bytes.length) return { text, ends: byteEnds };
    // Count units: one per lead byte, two for a 4-byte sequence (a surrogate pair).
    const ends = new Int32Array(this.count);
    let units = 0;
    let from = 0;
    for (let k = 0; k < this.count; k++) {
      const to = byteEnds[k];
      for (let i = from; i < to; i++) { const b = bytes[i]; if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1; }
      ends[k] = units;
      from = to;
    }
    if (units === text.length) return { text, ends };
    // Invalid UTF-8 among multi-byte text: the counts are off, so decode value by value.
    const parts: string[] = [];
    units = 0;
    for (let k = 0; k < this.count; k++) {
      const s = utf8.decode(bytes.subarray(k ? byteEnds[k - 1] : 0, byteEnds[k]));
      parts.push(s);
      ends[k] = units += s.length;
    }
    return { text: parts.join(''), ends };
  }
}

/**
 * What one page gives: the dictionary's values, or a data page's (dictionary indices or values) with its definition
 * levels (empty: no nulls). Text stored PLAIN is left as its bytes (`plain`: 4-byte length, bytes, …), so that it is
 * copied into the packed string without a Uint8Array per value; everything else is decoded by hyparquet.
 */
type Page =
  | { kind: 'dictionary'; values: DecodedArray | null; plain: Uint8Array | null; count: number }
  | { kind: 'data'; indices: boolean; values: DecodedArray | null; plain: Uint8Array | null; defined: ArrayLike<number>; maxDefinition: number; rows: number };

/** The pages of a column in one row group, in order. Throws on a nested column or a page hyparquet cannot read. */
function* pagesOf(file: ArrayBuffer, metadata: FileMetaData, rowGroup: number, column: string): Generator<Page> {
  const schemaPath: SchemaTree[] = getSchemaPath(metadata.schema, [column]);
  const element = schemaPath.at(-1)?.element;
  if (!element || schemaPath.length !== 2 || getMaxRepetitionLevel(schemaPath) > 0) throw new Error(`parquet column ${column} is not a flat column`);
  const group = metadata.row_groups[rowGroup];
  const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join('.') === column)?.meta_data;
  if (!chunk) throw new Error(`parquet column ${column} not found`);
  const maxDefinition = getMaxDefinitionLevel(schemaPath);
  const levelWidth = 32 - Math.clz32(maxDefinition);
  const { type, codec } = chunk;
  const text = type === 'BYTE_ARRAY';
  const decoder = { pathInSchema: chunk.path_in_schema, type, element, schemaPath, codec, parsers: undefined as never, utf8: false };
  const dictionaryAt = Number(chunk.dictionary_page_offset ?? 0);
  const dataAt = Number(chunk.data_page_offset);
  const start = dictionaryAt > 0 && dictionaryAt < dataAt ? dictionaryAt : dataAt;
  const size = Number(chunk.total_compressed_size);
  if (start + size > file.byteLength) throw new Error(`parquet column ${column} runs past the end of the file`);
  const reader = { view: new DataView(file, start, size), offset: 0 };
  const rows = Number(group.num_rows);
  let seen = 0;
  while (seen < rows && reader.offset < size) {
    const header = parquetHeader(reader);
    const compressed = new Uint8Array(file, start + reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    const unpack = (bytes: Uint8Array, length: number) => decompressPage(bytes, length, codec, undefined);
    if (header.type === 'DICTIONARY_PAGE') {
      const page = unpack(compressed, Number(header.uncompressed_page_size));
      const count = header.dictionary_page_header!.num_values;
      const values = text
        ? null
        : readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, type, count, element.type_length);
      yield { kind: 'dictionary', values, plain: text ? page : null, count };
    } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
      const v1 = header.type === 'DATA_PAGE';
      const h1 = header.data_page_header;
      const h2 = header.data_page_header_v2;
      const encoding = v1 ? h1!.encoding : h2!.encoding;
      const pageRows = v1 ? h1!.num_values : h2!.num_rows;
      if (text && encoding === 'PLAIN') {
        // Levels (one bit per row for an optional column), then the values' bytes.
        const defined = new Uint8Array(maxDefinition ? pageRows : 0);
        let plain: Uint8Array;
        if (v1) {
          const page = unpack(compressed, Number(header.uncompressed_page_size));
          const levels = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
          if (maxDefinition) readRleBitPackedHybrid(levels, levelWidth, defined);
          plain = page.subarray(levels.offset);
        } else {
          const skip = h2!.repetition_levels_byte_length + h2!.definition_levels_byte_length;
          const levels = {
            view: new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength), offset: h2!.repetition_levels_byte_length,
          };
          if (maxDefinition) readRleBitPackedHybrid(levels, levelWidth, defined, h2!.definition_levels_byte_length);
          plain = h2!.is_compressed === false
            ? compressed.subarray(skip)
            : unpack(compressed.subarray(skip), Number(header.uncompressed_page_size) - skip);
        }
        yield { kind: 'data', indices: false, values: null, plain, defined, maxDefinition, rows: pageRows };
      } else {
        const { definitionLevels, dataPage } = v1
          ? readDataPage(unpack(compressed, Number(header.uncompressed_page_size)), h1!, decoder)
          : readDataPageV2(compressed, header, decoder);
        yield { kind: 'data', indices: encoding.endsWith('_DICTIONARY'), values: dataPage, plain: null, defined: definitionLevels ?? [], maxDefinition, rows: pageRows };
      }
      seen += pageRows;
    }
  }
  if (seen !== rows) throw new Error(`parquet column ${column} has ${seen} of its row group's ${rows} rows`);
}

/** Per row of a data page, the index of its value among the page's values, or -1 for a null. */
function valueIndex(page: Extract<Page, { kind: 'data' }>): Int32Array {
  const { defined, maxDefinition, rows } = page;
  const at = new Int32Array(rows);
  if (defined.length === 0) { for (let r = 0; r < rows; r++) at[r] = r; return at; }
  let k = 0;
  for (let r = 0; r < rows; r++) at[r] = defined[r] === maxDefinition ? k++ : -1;
  return at;
}

/** A text (BYTE_ARRAY) column of one row group as its values and per row an index into them. */
export function readTextChunk(file: ArrayBuffer, metadata: FileMetaData, rowGroup: number, column: string): TextChunk {
  const packer = new Utf8Packer();
  const codes = new Int32Array(Number(metadata.row_groups[rowGroup].num_rows));
  readTextInto(packer, codes, 0, file, metadata, rowGroup, column);
  return { values: packer.finish(), codes };
}

/** Row group `rowGroup` of a text column: its values added to `packer`, its rows' codes into `codes` from `row`. */
function readTextInto(
  packer: Utf8Packer, codes: Int32Array, row: number, file: ArrayBuffer, metadata: FileMetaData, rowGroup: number, column: string,
): void {
  let dictionary: Int32Array | null = null;
  for (const page of pagesOf(file, metadata, rowGroup, column)) {
    if (page.kind === 'dictionary') {
      const first = page.plain ? packer.addPlain(page.plain, page.count) : packer.addAll(page.values!);
      dictionary = Int32Array.from({ length: page.count }, (_, k) => first + k);
      continue;
    }
    const at = valueIndex(page);
    if (page.indices) {
      if (!dictionary) throw new Error(`parquet column ${column}: a dictionary-encoded page without a dictionary`);
      const values = page.values!;
      for (let r = 0; r < at.length; r++) codes[row + r] = at[r] < 0 ? -1 : dictionary[values[at[r]] as number];
    } else {
      const first = page.plain ? packer.addPlain(page.plain, countDefined(at)) : packer.addAll(page.values!);
      for (let r = 0; r < at.length; r++) codes[row + r] = at[r] < 0 ? -1 : first + at[r];
    }
    row += page.rows;
  }
}

function countDefined(at: Int32Array): number {
  let n = 0;
  for (let r = 0; r < at.length; r++) if (at[r] >= 0) n++;
  return n;
}

/** A number column of one row group (INT32, INT64, FLOAT or DOUBLE) as a Float64Array; NaN for null. */
export function readNumberChunk(file: ArrayBuffer, metadata: FileMetaData, rowGroup: number, column: string): Float64Array {
  const out = new Float64Array(Number(metadata.row_groups[rowGroup].num_rows));
  let dictionary: Float64Array | null = null;
  let row = 0;
  for (const page of pagesOf(file, metadata, rowGroup, column)) {
    if (page.kind === 'dictionary') {
      dictionary = Float64Array.from(page.values as ArrayLike<number | bigint>, Number);
      continue;
    }
    const values = page.values!;
    const at = valueIndex(page);
    if (page.indices) {
      if (!dictionary) throw new Error(`parquet column ${column}: a dictionary-encoded page without a dictionary`);
      for (let r = 0; r < at.length; r++) out[row + r] = at[r] < 0 ? NaN : dictionary[values[at[r]] as number];
    } else {
      for (let r = 0; r < at.length; r++) out[row + r] = at[r] < 0 ? NaN : Number(values[at[r]]);
    }
    row += page.rows;
  }
  return out;
}

/**
 * A text column of the whole file as one TextChunk: the row groups' values one after the other (a dictionary-encoded
 * column's values are then each row group's dictionary: a value may be in several, readers go by the value), read
 * into one buffer. `rowGroups`: only these, in this order. `utf8`: the values left as UTF-8 bytes (packed.ts
 * PackedUtf8), not decoded into a string.
 */
export function readTextColumn(
  file: ArrayBuffer, metadata: FileMetaData, column: string, rowGroups = metadata.row_groups.map((_, g) => g), { utf8 = false } = {},
): TextChunk {
  const chunkOf = (g: number) => metadata.row_groups[g].columns.find((c) => c.meta_data?.path_in_schema.join('.') === column)?.meta_data;
  // The pages' uncompressed bytes bound the values' (lengths, levels and headers are not values).
  const size = rowGroups.reduce((s, g) => s + Number(chunkOf(g)?.total_uncompressed_size ?? 0), 0);
  const packer = new Utf8Packer(size);
  const codes = new Int32Array(rowGroups.reduce((s, g) => s + Number(metadata.row_groups[g].num_rows), 0));
  let row = 0;
  for (const g of rowGroups) {
    readTextInto(packer, codes, row, file, metadata, g, column);
    row += Number(metadata.row_groups[g].num_rows);
  }
  const values: Packed = utf8 ? packer.finishUtf8() : packer.finish();
  return { values, codes };
}

/** A number column of the whole file as one Float64Array (NaN for null). */
export function readNumberColumn(file: ArrayBuffer, metadata: FileMetaData, column: string): Float64Array {
  const out = new Float64Array(Number(metadata.num_rows));
  let at = 0;
  metadata.row_groups.forEach((group, g) => {
    out.set(readNumberChunk(file, metadata, g, column), at);
    at += Number(group.num_rows);
  });
  return out;
}
