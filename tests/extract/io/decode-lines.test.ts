import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, looksBinary } from '../../../extract/io/decode.ts';
import { readLines } from '../../../extract/io/lines.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

async function lines(chunks: Uint8Array[]): Promise<string[]> {
  const out: string[] = [];
  for await (const l of readLines((async function* () { yield* chunks; })())) out.push(`${l.line}:${l.text}`);
  return out;
}

describe('decodeText', () => {
  it('decodes valid UTF-8 and drops a BOM', () => {
    expect(decodeText(bytes('\uFEFFCafé ×2'))).toEqual({ text: 'Café ×2', encoding: 'utf-8' });
  });
  it('falls back to Windows-1252, including its 0x80–0x9F characters', () => {
    expect(decodeText(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0xe9]))).toEqual({ text: '\u201cA\u201d \u2013 \u20ac\u00e9', encoding: 'windows-1252' });
    expect(decodeWindows1252(new Uint8Array([0x81]))).toBe('\u0081');
  });
});

describe('looksBinary', () => {
  it('is true for a NUL byte in the first 8 KB only', () => {
    expect(looksBinary(new Uint8Array([0x7b, 0x00]))).toBe(true);
    expect(looksBinary(bytes('{"title": "x"}\n'))).toBe(false);
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    expect(looksBinary(late)).toBe(false);
  });
});

describe('readLines', () => {
  it('splits across chunk boundaries, inside multi-byte characters too, and keeps the last unterminated line', async () => {
    const all = bytes('a×b\r\n\nc€d');
    expect(await lines([all.subarray(0, 2), all.subarray(2, 6), all.subarray(6, 9), all.subarray(9)])).toEqual(['1:a×b\r', '2:', '3:c€d']);
  });
  it('yields nothing for empty input and no extra line after a final newline', async () => {
    expect(await lines([])).toEqual([]);
    expect(await lines([bytes('x\n')])).toEqual(['1:x']);
  });
  it('decodes each line on its own: one Windows-1252 line does not spoil the rest', async () => {
    const out: string[] = [];
    for await (const l of readLines((async function* () { yield new Uint8Array([0x41, 0xe9, 0x0a, 0xc3, 0xa9]); })())) out.push(`${l.text}/${l.encoding}`);
    expect(out).toEqual(['Aé/windows-1252', 'é/utf-8']);
  });
});
