// Reading the images a deck names, with the checks a deck from someone else needs: only files inside the
// allowed folders (a deck must not pull ~/.ssh/id_rsa into a PPTX), no network, a size limit, and real
// dimensions so the layout keeps the aspect ratio (pptxgenjs never reads pixel sizes, pitfalls A8).
import { statSync } from 'node:fs';
import { isInside, realpathOr } from '../paths.js';
import { readFileCapped, ReadRefused } from '../read.js';
import { imageProblem } from './verify.js';
import { cacheDisabled, FileCache } from '../file-cache.js';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Block, Deck, ImageAsset } from '../model.js';
import type { Diagnostics } from '../errors.js';

import { MAX_IMAGE_BYTES, MAX_IMAGES_TOTAL_BYTES } from '../limits.js';

export { MAX_IMAGE_BYTES };

// image-size is loaded by the first image read (its CommonJS build, synchronously): a deck without images — and
// `huibao build`'s start-up — does not pay for it.
let sizeOf: typeof import('image-size').imageSize | undefined;
function imageSize(data: Uint8Array): ReturnType<typeof import('image-size').imageSize> {
  sizeOf ??= (createRequire(import.meta.url)('image-size') as typeof import('image-size')).imageSize;
  return sizeOf(data);
}

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' };

export interface ImageOptions {
  /** Folder relative image paths are resolved against (the Markdown file's folder). */
  baseDir: string;
  /** Folders images may come from; defaults to [baseDir]. */
  allowedDirs?: string[];
  /** Read any path (`--allow-any-path`). */
  allowAnyPath?: boolean;
  /** All images together (default MAX_IMAGES_TOTAL_BYTES). */
  maxTotalBytes?: number;
}

export function collectImagePaths(deck: Deck): { path: string; line: number; background?: boolean }[] {
  const out: { path: string; line: number; background?: boolean }[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'image') out.push({ path: b.path, line: b.src.line });
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'list') for (const item of b.items) walk(item.children);
    }
  };
  for (const s of deck.slides) {
    // A slide's background picture (src/render/background.ts) is checked and confined like any other image.
    if (s.background) out.push({ path: s.background.src, line: s.background.line, background: true });
    walk(s.blocks);
  }
  return out;
}

export function loadImages(deck: Deck, opts: ImageOptions, diag: Diagnostics): Map<string, ImageAsset> {
  const assets = new Map<string, ImageAsset>();
  const allowed = (opts.allowedDirs ?? [opts.baseDir]).map((d) => realpathOr(path.resolve(d)));
  const budget = { left: opts.maxTotalBytes ?? MAX_IMAGES_TOTAL_BYTES };
  for (const { path: ref, line, background } of collectImagePaths(deck)) {
    if (assets.has(ref)) continue;
    const asset = loadOne(ref, opts, allowed, budget);
    if (!asset.ok) diag.warn(`image "${ref}": ${asset.reason}; ${background ? 'the slide keeps the theme\'s background' : 'a placeholder with its alt text is shown instead'}`, line);
    assets.set(ref, asset);
  }
  return assets;
}

/**
 * Why a theme's background or logo picture would not show (junk, HTML, a damaged PNG, a pixel bomb), or undefined.
 * An SVG is the theme's to use (PowerPoint draws it); every other picture is checked like a deck's.
 */
export function themeImageProblem(abs: string): string | undefined {
  const a = loadOne(abs, { baseDir: path.dirname(abs), allowAnyPath: true }, [], { left: MAX_IMAGES_TOTAL_BYTES });
  if (a.ok || a.reason.startsWith('SVG is not embedded')) return undefined;
  return a.reason;
}

function loadOne(ref: string, opts: ImageOptions, allowed: string[], budget: { left: number }): ImageAsset {
  if (ref.trim() === '') return { ok: false, reason: 'no path given' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || ref.startsWith('//')) return { ok: false, reason: 'remote images are not downloaded' };
  if (/^data:/i.test(ref)) return { ok: false, reason: 'data: URLs are not supported' };
  let decoded = ref;
  try {
    decoded = decodeURI(ref);
  } catch {
    /* keep as written */
  }
  const abs = path.resolve(opts.baseDir, decoded);
  const inside = (p: string, dirs: string[]) => dirs.some((d) => isInside(p, d));
  const outside = { ok: false as const, reason: 'outside the deck\'s folder (use --allow-any-path to allow it)' };
  // Refuse a path that is outside by its spelling before touching it: not even stat() (whether a file exists is
  // already something a deck from someone else should not learn). Symlinks are checked on the real path below.
  if (!opts.allowAnyPath && !inside(abs, (opts.allowedDirs ?? [opts.baseDir]).map((d) => path.resolve(d))) && !inside(abs, allowed)) return outside;
  let stat;
  try {
    stat = statSync(abs);
  } catch {
    return { ok: false, reason: 'file not found' };
  }
  if (!stat.isFile()) return { ok: false, reason: 'not a file' };
  const real = realpathOr(abs);
  if (!opts.allowAnyPath && !inside(real, allowed)) return outside;
  if (stat.size > MAX_IMAGE_BYTES) return { ok: false, reason: `larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB` };
  // A total as well as a per-image limit: 60 images of 24 MB each made an 8 GB process and a 1.5 GB deck.
  if (stat.size > budget.left) return { ok: false, reason: `the deck's images together would exceed ${+((opts.maxTotalBytes ?? MAX_IMAGES_TOTAL_BYTES) / 1048576).toFixed(1)} MB (make the pictures smaller)` };
  // A warm process reads and checks a picture once while it stays unchanged (by its real path: two spellings, one
  // file). Each build gets its own copy of the bytes, as from a fresh read.
  const hit = cacheDisabled() ? undefined : IMAGES.get(real);
  const read = hit ?? readImage(abs);
  if (!hit && !('retry' in read) && !cacheDisabled()) IMAGES.set(real, [real], read);
  if (!read.ok) return { ok: false, reason: read.reason };
  budget.left -= read.data.length;
  return { ok: true, path: abs, data: new Uint8Array(read.data), mime: read.mime, width: read.width, height: read.height };
}

type ImageRead = { ok: true; data: Uint8Array; mime: string; width: number; height: number } | { ok: false; reason: string; retry?: true };

const IMAGES = new FileCache<ImageRead>('images', 256);

/** Read one picture (already confined and sized) and check that it would show: its bytes, type and size. */
function readImage(abs: string): ImageRead {
  let data: Buffer;
  try {
    data = readFileCapped(abs, MAX_IMAGE_BYTES);
  } catch (e) {
    if (!(e instanceof ReadRefused)) throw e;
    return { ok: false, reason: e.reason === 'too-large' ? `larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB` : e.message, retry: true };
  }
  let dim;
  try {
    dim = imageSize(data);
  } catch {
    return { ok: false, reason: 'not a readable image (corrupt or unsupported format)' };
  }
  const type = dim.type === 'jpeg' ? 'jpg' : dim.type;
  if (type === 'svg') return { ok: false, reason: 'SVG is not embedded (PowerPoint\'s PNG fallback cannot be made here); convert it to PNG' };
  const mime = type ? MIME[type] : undefined;
  if (!mime) return { ok: false, reason: `unsupported image format "${dim.type}" (use PNG, JPEG, GIF or BMP)` };
  let { width, height } = dim;
  if (!width || !height) return { ok: false, reason: 'image has no size' };
  // JPEG EXIF orientations 5–8 are drawn rotated by viewers: swap so the box matches what is shown.
  if (dim.orientation && dim.orientation >= 5) [width, height] = [height, width];
  if (!verifyComplete(data, type ?? '')) return { ok: false, reason: 'the file is truncated' };
  const problem = imageProblem(data, type ?? '', dim.width, dim.height);
  if (problem) return { ok: false, reason: problem };
  return { ok: true, data, mime, width, height };
}

/** Cheap end-of-file checks: a truncated PNG lacks IEND, a truncated JPEG its EOI marker. */
function verifyComplete(data: Buffer, type: string): boolean {
  if (type === 'png') return data.includes(Buffer.from('IEND'), Math.max(0, data.length - 64));
  if (type === 'jpg') {
    for (let i = data.length - 1; i >= Math.max(1, data.length - 4096); i--) if (data[i - 1] === 0xff && data[i] === 0xd9) return true;
    return false;
  }
  return true;
}
