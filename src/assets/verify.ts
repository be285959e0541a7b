// An image is embedded only if it will show (issue 16 item 10): its header is read, its pixel count is bounded (a
// 20000×20000 picture, or a header that claims 100000×100000, is a bomb for PowerPoint and for us), and a PNG's
// compressed data is inflated — counted, never kept — to the exact size its header promises. A short or damaged
// IDAT, or a JPEG without image data, became a blank box that passed validation.
import { Unzlib } from 'fflate';

/** PowerPoint itself refuses far smaller pictures on some machines; 8K video frames are 33 MP. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Why `data` (of `type` from image-size, `width`×`height`) would not show, or undefined if it will. */
export function imageProblem(data: Uint8Array, type: string, width: number, height: number): string | undefined {
  if (width * height > MAX_IMAGE_PIXELS) {
    return `${width}×${height} pixels is more than ${MAX_IMAGE_PIXELS / 1e6} megapixels (make it smaller)`;
  }
  if (type === 'png') return pngProblem(data);
  if (type === 'jpg') return jpegProblem(data);
  return undefined;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function pngProblem(b: Uint8Array): string | undefined {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 33) return 'the PNG is truncated (no header)';
  const width = dv.getUint32(16);
  const height = dv.getUint32(20);
  const depth = b[24];
  const channels = CHANNELS[b[25]];
  const interlaced = b[28] === 1;
  if (!channels || ![1, 2, 4, 8, 16].includes(depth)) return 'the PNG header is invalid (colour type or bit depth)';
  const expected = interlaced ? adam7Size(width, height, channels * depth) : rawSize(width, height, channels * depth);
  // Walk the chunks; feed every IDAT to a counting inflater.
  let inflated = 0;
  let failed: string | undefined;
  const z = new Unzlib((chunk) => {
    inflated += chunk.length;
  });
  let sawIdat = false;
  let sawEnd = false;
  let pos = 8;
  try {
    while (pos + 8 <= b.length) {
      const len = dv.getUint32(pos);
      const kind = String.fromCharCode(b[pos + 4], b[pos + 5], b[pos + 6], b[pos + 7]);
      if (pos + 12 + len > b.length) return 'the PNG is truncated (a chunk runs past the end of the file)';
      if (kind === 'IDAT') {
        sawIdat = true;
        z.push(b.subarray(pos + 8, pos + 8 + len), false);
        if (inflated > expected) return 'the PNG image data is larger than its header says';
      }
      if (kind === 'IEND') {
        sawEnd = true;
        break;
      }
      pos += 12 + len;
    }
    if (!sawIdat) return 'the PNG has no image data';
    z.push(new Uint8Array(0), true);
  } catch (e) {
    failed = (e as Error).message;
  }
  if (failed) return `the PNG image data is damaged (${failed})`;
  if (!sawEnd) return 'the file is truncated';
  if (inflated !== expected) return `the PNG image data is ${inflated < expected ? 'short' : 'too long'} (${inflated} of ${expected} bytes)`;
  return undefined;
}

/** Bytes of filtered scanlines: one filter byte per row, then the row's bits rounded up to bytes. */
function rawSize(w: number, h: number, bitsPerPixel: number): number {
  return w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8));
}

function adam7Size(w: number, h: number, bpp: number): number {
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) total += rawSize(Math.ceil((w - x0) / dx), Math.ceil((h - y0) / dy), bpp);
  return total;
}

/** A JPEG must have a frame header (SOF) and scan data (SOS) before its end marker. */
function jpegProblem(b: Uint8Array): string | undefined {
  let sof = false;
  let pos = 2;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return 'the JPEG is damaged (a segment does not start with a marker)';
    const m = b[pos + 1];
    if (m === 0xff) {
      pos++; // fill byte
      continue;
    }
    if (m === 0xd9) break;
    if (m >= 0xd0 && m <= 0xd7) {
      pos += 2;
      continue;
    }
    const len = (b[pos + 2] << 8) | b[pos + 3];
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) sof = true;
    if (m === 0xda) return sof ? undefined : 'the JPEG has scan data but no frame header';
    pos += 2 + len;
  }
  return 'the JPEG has no image data';
}
