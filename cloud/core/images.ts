import { crc32, inflateSync } from 'node:zlib';

export type ImageKind = 'jpeg' | 'png' | 'webp';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * What an upload really is, from its first bytes; the file name and the declared type are not
 * trusted (a renamed text file must not become an "image" on a shop page).
 */
export function sniffImage(bytes: Uint8Array): ImageKind | null {
  const starts = (sig: number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

export const IMAGE_EXT: Record<ImageKind, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };
export const IMAGE_MIME: Record<ImageKind, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/**
 * An upload is taken only if it is an image to its last byte: the magic, then the format's own structure
 * walked to the end — PNG chunks with their CRCs, the pixel data inflated to exactly the size its header
 * promises; JPEG segments and entropy-coded scans up to EOI; WebP's RIFF chunks with the bitstream's header —
 * and nothing after it. A file that starts like an image and goes on as a web page (a polyglot) is refused,
 * and so is markup hidden in metadata (comments, text chunks), which some viewers sniff.
 * This is a strict structural check, not a full decode of JPEG's and WebP's compressed data (no decoder is a
 * dependency of the project; see docs/contract-additions.md).
 */
export function inspectImage(bytes: Uint8Array): ImageKind | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kind = sniffImage(buf);
  try {
    if (kind === 'png' && isPng(buf)) return 'png';
    if (kind === 'jpeg' && isJpeg(buf, 0)) return 'jpeg';
    if (kind === 'webp' && isWebp(buf)) return 'webp';
  } catch {
    // a read past the end is a truncated file
  }
  return null;
}

/** Tags that make a text a page or a script to a sniffing browser; none belongs in an image's metadata. */
const MARKUP_RE = /<\s*(script|html|body|head|iframe|object|embed|svg|meta|link|style|form|img|!doctype)\b|javascript:/i;
const hasMarkup = (b: Buffer) => MARKUP_RE.test(b.toString('latin1'));

/** The most pixel data an upload may inflate to (a 5 MB PNG can claim gigabytes: a decompression bomb). */
const MAX_RAW_BYTES = 128 * 1024 * 1024;

// bit depths allowed per PNG colour type, and samples per pixel
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const PNG_SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

function isPng(b: Buffer): boolean {
  let pos = 8;
  let header: { w: number; h: number; depth: number; type: number; interlace: number } | null = null;
  let palette = false;
  const idat: Buffer[] = [];
  let idatDone = false;
  let last = '';
  while (pos < b.length) {
    if (pos + 12 > b.length) return false;
    const len = b.readUInt32BE(pos);
    const type = b.toString('latin1', pos + 4, pos + 8);
    if (len > 0x7fffffff || !/^[A-Za-z]{4}$/.test(type) || pos + 12 + len > b.length) return false;
    const data = b.subarray(pos + 8, pos + 8 + len);
    if (crc32(b.subarray(pos + 4, pos + 8 + len)) !== b.readUInt32BE(pos + 8 + len)) return false;
    pos += 12 + len;
    if (!header && type !== 'IHDR') return false;
    if (type === 'IHDR') {
      if (header || len !== 13) return false;
      header = { w: data.readUInt32BE(0), h: data.readUInt32BE(4), depth: data[8], type: data[9], interlace: data[12] };
      if (!header.w || !header.h || header.w > 0x7fffffff || header.h > 0x7fffffff) return false;
      if (!PNG_DEPTHS[header.type]?.includes(header.depth) || data[10] !== 0 || data[11] !== 0 || header.interlace > 1) return false;
    } else if (type === 'PLTE') {
      if (idat.length || palette || header!.type === 0 || header!.type === 4 || len === 0 || len % 3 !== 0 || len / 3 > (header!.type === 3 ? 2 ** header!.depth : 256)) return false;
      palette = true;
    } else if (type === 'IDAT') {
      if (idatDone) return false; // IDAT chunks must be consecutive
      idat.push(data);
    } else if (type === 'IEND') {
      if (len !== 0) return false;
      last = type;
      break;
    } else if (type[0] === type[0].toUpperCase()) {
      return false; // an unknown critical chunk: no decoder could show this image
    } else if ((type === 'tEXt' || type === 'zTXt' || type === 'iTXt') && hasMarkup(type === 'zTXt' ? inflateText(data) : data)) {
      return false;
    }
    if (idat.length && type !== 'IDAT') idatDone = true;
  }
  if (last !== 'IEND' || pos !== b.length || !header || !idat.length) return false; // nothing may follow IEND
  if (header.type === 3 && !palette) return false;
  // the pixel data, inflated, is exactly rows × (filter byte + row bytes), each filter byte one of the five
  const rows: number[] = [];
  const bitsPerPixel = header.depth * PNG_SAMPLES[header.type];
  const passes = header.interlace ? ADAM7 : [[0, 0, 1, 1]];
  for (const [x0, y0, dx, dy] of passes) {
    const pw = header.w > x0 ? Math.ceil((header.w - x0) / dx) : 0;
    const ph = header.h > y0 ? Math.ceil((header.h - y0) / dy) : 0;
    if (pw && ph) for (let y = 0; y < ph; y++) rows.push(1 + Math.ceil((pw * bitsPerPixel) / 8));
  }
  const expected = rows.reduce((a, n) => a + n, 0);
  if (expected > MAX_RAW_BYTES) return false;
  const raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  if (raw.length !== expected) return false;
  let at = 0;
  for (const n of rows) {
    if (raw[at] > 4) return false;
    at += n;
  }
  return true;
}

function inflateText(data: Buffer): Buffer {
  const nul = data.indexOf(0);
  if (nul < 0 || data[nul + 1] !== 0) throw new Error('zTXt');
  return Buffer.concat([data.subarray(0, nul), inflateSync(data.subarray(nul + 2), { maxOutputLength: 1024 * 1024 })]);
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** Segments with a length that a baseline or progressive JPEG may carry besides frames and scans. */
const JPEG_TABLES = new Set([0xc4, 0xcc, 0xdb, 0xdc, 0xdd, 0xfe]);
/** Phones store further images after the first one's EOI (MPF: depth, gain maps); more than this is not a photo. */
const MAX_JPEG_IMAGES = 8;

function isJpeg(b: Buffer, start: number, depth = 0): boolean {
  if (b[start] !== 0xff || b[start + 1] !== 0xd8) return false;
  let pos = start + 2;
  let frame = false;
  let scan = false;
  for (;;) {
    if (b[pos] !== 0xff) return false;
    while (b[pos] === 0xff) pos++; // fill bytes
    if (pos >= b.length) return false;
    const marker = b[pos++];
    if (marker === 0xd9) break; // EOI
    if (marker === 0x01) continue; // TEM, no length
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x00) return false;
    const len = b.readUInt16BE(pos);
    if (len < 2 || pos + len > b.length) return false;
    const seg = b.subarray(pos + 2, pos + len);
    pos += len;
    if (SOF.has(marker)) {
      const components = seg[5];
      if (frame || seg.length !== 6 + 3 * components || components < 1 || components > 4 || ![8, 12, 16].includes(seg[0]) || seg.readUInt16BE(1) === 0 || seg.readUInt16BE(3) === 0) return false;
      frame = true;
    } else if (marker === 0xda) {
      const components = seg[0];
      if (!frame || seg.length !== 4 + 2 * components || components < 1 || components > 4) return false;
      scan = true;
      // entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker
      for (;;) {
        const ff = b.indexOf(0xff, pos);
        if (ff < 0 || ff + 1 >= b.length) return false;
        const next = b[ff + 1];
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
          pos = next === 0xff ? ff + 1 : ff + 2;
          continue;
        }
        pos = ff;
        break;
      }
    } else if (marker >= 0xe0 && marker <= 0xef) {
      if (hasMarkup(seg)) return false;
    } else if (JPEG_TABLES.has(marker)) {
      if (marker === 0xfe && hasMarkup(seg)) return false;
    } else {
      return false; // reserved or unknown marker
    }
  }
  if (!frame || !scan) return false;
  if (pos === b.length) return true;
  // after EOI: only another complete JPEG (MPF) or the zero/0xFF padding some cameras write, never text
  if (b.subarray(pos).every((x) => x === 0x00 || x === 0xff)) return true;
  return depth + 1 < MAX_JPEG_IMAGES && isJpeg(b, pos, depth + 1);
}

function isWebp(b: Buffer): boolean {
  if (b.length < 20 || b.readUInt32LE(4) + 8 !== b.length) return false; // the RIFF size is the file, exactly
  const chunks: { id: string; data: Buffer }[] = [];
  let pos = 12;
  while (pos < b.length) {
    if (pos + 8 > b.length) return false;
    const id = b.toString('latin1', pos, pos + 4);
    const size = b.readUInt32LE(pos + 4);
    const end = pos + 8 + size;
    if (!/^[A-Z0-9 ]{4}$/i.test(id) || end > b.length) return false;
    chunks.push({ id, data: b.subarray(pos + 8, end) });
    pos = end + (size % 2); // chunks are padded to an even size
    if (pos > b.length) return false;
  }
  if (pos !== b.length || !chunks.length) return false;
  const [first, ...rest] = chunks;
  if (first.id === 'VP8 ' || first.id === 'VP8L') return rest.length === 0 && isBitstream(first.id, first.data);
  if (first.id !== 'VP8X' || first.data.length !== 10) return false;
  const animated = (first.data[0] & 0x02) !== 0;
  if (first.data[0] & 0xc1 || first.data[1] || first.data[2] || first.data[3]) return false; // reserved bits
  const frames = rest.filter((c) => c.id === 'ANMF');
  const images = rest.filter((c) => c.id === 'VP8 ' || c.id === 'VP8L');
  if (rest.some((c) => (c.id === 'EXIF' || c.id === 'XMP ') && hasMarkup(c.data))) return false;
  if (animated) return frames.length > 0 && images.length === 0 && frames.every((f) => f.data.length > 16);
  return images.length === 1 && frames.length === 0 && isBitstream(images[0].id, images[0].data);
}

/** The header of a VP8 (lossy) or VP8L (lossless) bitstream: a key frame with its start code, or the lossless signature. */
function isBitstream(id: string, d: Buffer): boolean {
  if (id === 'VP8L') {
    if (d.length < 5 || d[0] !== 0x2f) return false;
    const bits = d.readUInt32LE(1);
    return bits >>> 29 === 0; // version 0
  }
  if (d.length < 10) return false;
  const tag = d[0] | (d[1] << 8) | (d[2] << 16);
  const keyFrame = (tag & 1) === 0;
  const shown = ((tag >> 4) & 1) === 1;
  const firstPartition = tag >> 5;
  return keyFrame && shown && ((tag >> 1) & 7) <= 3 && firstPartition <= d.length - 10 && d[3] === 0x9d && d[4] === 0x01 && d[5] === 0x2a && (d.readUInt16LE(6) & 0x3fff) > 0 && (d.readUInt16LE(8) & 0x3fff) > 0;
}
