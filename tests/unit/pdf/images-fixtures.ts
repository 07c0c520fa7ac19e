import { crc32, deflateSync } from 'node:zlib';

/**
 * Hand-built image files for the tests of hostile images: only headers and chunks, so a test
 * can claim any size without holding the pixels.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function ihdr(width: number, height: number, depth = 8, colourType = 6, interlace = 0) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([depth, colourType, 0, 0, interlace], 8);
  return pngChunk('IHDR', header);
}

export function png(...chunks: Buffer[]): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(PNG_SIGNATURE), ...chunks]));
}

export const iend = () => pngChunk('IEND', new Uint8Array());

/**
 * The file of issue 13: 467 bytes whose IHDR says 100000×100000 RGBA. pdfkit allocates the
 * pixels (40 GB) in a zlib callback, where the RangeError ends the process.
 */
export function bombPng(): Uint8Array {
  const head = [ihdr(100_000, 100_000), pngChunk('IDAT', deflateSync(Buffer.alloc(4000)))];
  const used = png(...head, iend()).length;
  // A comment chunk brings it to the reported size (12 bytes of chunk frame, 4 of keyword).
  const comment = pngChunk('tEXt', Buffer.from(`note\0${'x'.repeat(467 - used - 17)}`, 'latin1'));
  return png(...head, comment, iend());
}

/** A JPEG up to its frame header: SOI, a JFIF APP0, a quantisation table, then SOFn. */
export function jpegHeader(
  width: number,
  height: number,
  options: { frame?: number; components?: number; before?: number[] } = {},
): Uint8Array {
  const components = options.components ?? 3;
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const dqt = [0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array<number>(64).fill(1)];
  const frame = [
    0xff,
    options.frame ?? 0xc0,
    0x00,
    8 + 3 * components,
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    components,
    ...Array.from({ length: components }, (_, i) => [i + 1, 0x11, 0]).flat(),
  ];
  return new Uint8Array([0xff, 0xd8, ...app0, ...(options.before ?? []), ...dqt, ...frame]);
}
