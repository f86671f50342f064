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
import type { Packed, PackedStrings, TextChunk } from './packed.ts';
import { Utf8Packer } from './utf8Packer.ts';
import { snappyDecompress } from './snappy.ts';

export type { PackedStrings, TextChunk };

/** Snappy with block copies (snappy.ts); hyparquet's own decoders for the other codecs. */
const COMPRESSORS = { SNAPPY: snappyDecompress };

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
  const decoder = {
    pathInSchema: chunk.path_in_schema, type, element, schemaPath, codec, parsers: undefined as never, utf8: false,
    compressors: COMPRESSORS,
  };
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
    const unpack = (bytes: Uint8Array, length: number) => decompressPage(bytes, length, codec, COMPRESSORS);
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
