/**
 * Many strings packed in one, with their end offsets: how text columns travel between a worker and the page (one
 * string and one Int32Array instead of a string per row) and how the dashboard keeps its long text columns.
 * No dependencies, so the page can import it without the Parquet reader.
 */

/** String k is text.slice(ends[k - 1] ?? 0, ends[k]) (UTF-16 offsets). */
export interface PackedStrings {
  text: string;
  ends: Int32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Int32Array(list.length);
  let at = 0;
  for (let k = 0; k < list.length; k++) ends[k] = at += list[k].length;
  return { text: list.join(''), ends };
}

export function unpackStrings({ text, ends }: PackedStrings): string[] {
  const out = new Array<string>(ends.length);
  for (let k = 0; k < ends.length; k++) out[k] = text.slice(k ? ends[k - 1] : 0, ends[k]);
  return out;
}

/** String k alone. */
export function packedAt({ text, ends }: PackedStrings, k: number): string {
  return text.slice(k ? ends[k - 1] : 0, ends[k]);
}

/** A text column: its values and per row the index of its value (-1: null, read as ''). */
export interface TextChunk {
  values: PackedStrings;
  codes: Int32Array;
}

/** Text columns of consecutive row ranges as one (each part's values kept as they are, codes shifted past the earlier parts'). */
export function concatChunks(parts: readonly TextChunk[]): TextChunk {
  const codes = new Int32Array(parts.reduce((s, p) => s + p.codes.length, 0));
  const ends = new Int32Array(parts.reduce((s, p) => s + p.values.ends.length, 0));
  let row = 0;
  let entry = 0;
  let units = 0;
  for (const p of parts) {
    for (let r = 0; r < p.codes.length; r++) codes[row + r] = p.codes[r] < 0 ? -1 : entry + p.codes[r];
    for (let k = 0; k < p.values.ends.length; k++) ends[entry + k] = units + p.values.ends[k];
    row += p.codes.length;
    entry += p.values.ends.length;
    units += p.values.text.length;
  }
  return { values: { text: parts.map((p) => p.values.text).join(''), ends }, codes };
}
