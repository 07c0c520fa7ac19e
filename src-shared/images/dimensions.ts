/**
 * The pixel size an image claims in its header, read without decoding anything: a PNG of 467
 * bytes can claim 100000×100000, and the decoder would try to allocate all of it. Anything these
 * readers cannot follow to the size is unreadable (null), never a guess.
 *
 * Both readers walk the file the way pdfkit's own readers do (PNG: every chunk; JPEG: segment by
 * segment up to the first frame header), so the size judged here is the size pdfkit will use.
 * Pure: the main process inflates the PNG pixel data it finds here (src-main/pdf/render.ts).
 */

export type ImageType = 'png' | 'jpeg';

export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function imageType(bytes: Uint8Array): ImageType | null {
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

/** The size of a PNG or JPEG; null for anything else, truncated or malformed. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  const type = imageType(bytes);
  if (type === 'png') {
    const png = readPng(bytes);
    return png && { width: png.width, height: png.height };
  }
  if (type === 'jpeg') return jpegSize(bytes);
  return null;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

/** Channels per pixel of each PNG colour type (grey, RGB, palette, grey + alpha, RGBA). */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Bit depths each PNG colour type allows (PNG spec, table 11.1). */
const PNG_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

export interface PngLayout extends ImageSize {
  /** Bits per pixel: bit depth × channels. */
  bitsPerPixel: number;
  interlaced: boolean;
  /** The compressed pixel data: the IDAT chunks' contents, in order. */
  pixelData: Uint8Array[];
}

/**
 * PNG: the IHDR chunk must come first and be the only one (pdfkit's reader takes the last IHDR it
 * meets, so a second one could claim another size), every chunk must fit in the file, and the
 * file must reach IEND.
 */
export function readPng(bytes: Uint8Array): PngLayout | null {
  if (imageType(bytes) !== 'png') return null;
  const data = view(bytes);
  let layout: PngLayout | null = null;
  let at = PNG_SIGNATURE.length;
  // length (4) + type (4) + data + CRC (4)
  while (at + 12 <= bytes.length) {
    const length = data.getUint32(at);
    const type = chunkType(bytes, at + 4);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    if (type === 'IHDR') {
      if (layout !== null || at !== PNG_SIGNATURE.length || length !== 13) return null;
      layout = readIhdr(bytes, data, at + 8);
      if (layout === null) return null;
    } else if (layout === null) {
      return null;
    }
    if (type === 'IDAT') layout.pixelData.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') return layout;
    at = end;
  }
  return null;
}

function readIhdr(bytes: Uint8Array, data: DataView, at: number): PngLayout | null {
  const width = data.getUint32(at);
  const height = data.getUint32(at + 4);
  const depth = bytes[at + 8] as number;
  const colourType = bytes[at + 9] as number;
  const [compression, filter, interlace] = [bytes[at + 10], bytes[at + 11], bytes[at + 12]];
  const valid =
    width > 0 &&
    height > 0 &&
    width <= 0x7fffffff &&
    height <= 0x7fffffff &&
    (PNG_DEPTHS[colourType]?.includes(depth) ?? false) &&
    compression === 0 &&
    filter === 0 &&
    (interlace === 0 || interlace === 1);
  if (!valid) return null;
  const bitsPerPixel = depth * (PNG_CHANNELS[colourType] as number);
  return { width, height, bitsPerPixel, interlaced: interlace === 1, pixelData: [] };
}

/** Start-of-frame markers SOF0–SOF15, but DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * JPEG: from SOI, segment by segment (marker, then its length) to the first frame header. Before
 * that header only segments with a length are allowed; fill bytes, stand-alone markers, a scan
 * (SOS) or the end (EOI) make the file unreadable: pdfkit would read such a file differently.
 * A height of 0 (size given later, in a DNL segment) is unreadable too.
 */
function jpegSize(bytes: Uint8Array): ImageSize | null {
  const data = view(bytes);
  let at = 2;
  while (at + 4 <= bytes.length) {
    const marker = data.getUint16(at);
    if (marker >> 8 !== 0xff) return null;
    const code = marker & 0xff;
    // Stand-alone markers (TEM, RSTn, SOI, EOI), fill bytes, stuffed zeros and a scan never
    // precede the frame.
    if (
      code === 0x00 ||
      code === 0x01 ||
      code === 0xff ||
      code === 0xda ||
      (code >= 0xd0 && code <= 0xd9)
    ) {
      return null;
    }
    const length = data.getUint16(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (isFrameMarker(code)) return frameSize(bytes, data, at + 4, length);
    at += 2 + length;
  }
  return null;
}

/** The frame header: precision, height, width, component count, 3 bytes per component. */
function frameSize(bytes: Uint8Array, data: DataView, at: number, length: number) {
  if (length < 8) return null;
  const height = data.getUint16(at + 1);
  const width = data.getUint16(at + 3);
  const components = bytes[at + 5] as number;
  // pdfkit knows grey (1), RGB (3) and CMYK (4) only.
  const valid =
    width > 0 && height > 0 && [1, 3, 4].includes(components) && length === 8 + 3 * components;
  return valid ? { width, height } : null;
}
