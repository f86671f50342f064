/**
 * Bytes → text for input files: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the usual
 * encoding of spreadsheet exports that are not UTF-8), and a check for binary files.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Node's TextDecoder('windows-1252') decodes as ISO-8859-1, leaving 0x80–0x9F as C1 controls;
 * Windows-1252 puts curly quotes, dashes, € etc. there. Unassigned bytes stay as their C1 code point.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const C1_RANGE = /[\u0080-\u009f]/g;

export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(C1_RANGE, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

export type Encoding = 'utf-8' | 'windows-1252';

/** Decodes bytes, UTF-8 first. A UTF-8 BOM is dropped by the decoder, so offsets start after it. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** How much of a file's start is inspected for NUL bytes. */
export const BINARY_SNIFF_BYTES = 8192;

/** Text files never hold NUL bytes; binary formats (gzip, PDF, images) almost always do early on. */
export function looksBinary(start: Uint8Array): boolean {
  return start.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
