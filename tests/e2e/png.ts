/**
 * PNG decoding and comparison for the e2e visual checks (visual.test.ts), with node:zlib only: 8-bit RGB or RGBA,
 * not interlaced (what Chromium's screenshots are). No vitest imports here.
 */
import { inflateSync } from 'node:zlib';

export interface Image { width: number; height: number; /** RGBA, row-major */ data: Uint8Array }

/** Decodes a PNG (8-bit RGB / RGBA, non-interlaced) to RGBA. */
export function decodePng(png: Uint8Array): Image {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0, height = 0, channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      const b = new DataView(body.buffer, body.byteOffset, body.byteLength);
      width = b.getUint32(0);
      height = b.getUint32(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? px[y * stride + i - channels] : 0;
      const b = y > 0 ? px[(y - 1) * stride + i] : 0;
      const c = i >= channels && y > 0 ? px[(y - 1) * stride + i - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predict = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      if (predict === undefined) throw new Error(`bad PNG filter ${filter}`);
      px[y * stride + i] = (line[i] + predict) & 255;
    }
  }
  if (channels === 4) return { width, height, data: px };
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    data.set(px.subarray(p * 3, p * 3 + 3), p * 4);
    data[p * 4 + 3] = 255;
  }
  return { width, height, data };
}

/**
 * How two images differ: null when their sizes do, else the share of pixels where some channel differs by more
 * than `tolerance` (0–255; anti-aliasing and font hinting move edges by a few levels).
 */
export function diffShare(a: Image, b: Image, tolerance: number): number | null {
  if (a.width !== b.width || a.height !== b.height) return null;
  let differ = 0;
  for (let p = 0; p < a.data.length; p += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(a.data[p + c] - b.data[p + c]) > tolerance) { differ++; break; }
    }
  }
  return differ / (a.width * a.height);
}
