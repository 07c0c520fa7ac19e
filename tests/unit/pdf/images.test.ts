import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/handlers';
import { embeddableImage } from '../../../src-main/pdf/render';
import { checkImage, imageProblem } from '../../../src-shared/images/check';
import { imageSize } from '../../../src-shared/images/dimensions';
import { infographicRequestSchema } from '../../../src-shared/ipc/infographic';
import { wepTrein2019Period, wepTrein2019Records } from '../../fixtures/wep-trein-2019';
import { certificate, handlers, makePng, signaturePng } from './document-helpers';
import { bombPng, ihdr, iend, jpegHeader, png, pngChunk } from './images-fixtures';

const icon = new Uint8Array(
  readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'assets', 'icon.png')),
);
const tooManyPixels =
  'is te groot: hoogstens 4096 × 4096 beeldpunten en 12,5 miljoen beeldpunten in totaal';
const unreadable = 'is geen leesbare PNG- of JPEG-afbeelding (beschadigd of onvolledig)';

/** A PNG claiming `width` × `height`, with a few hundred bytes of pixel data. */
const claiming = (width: number, height: number) =>
  png(ihdr(width, height), pngChunk('IDAT', deflateSync(Buffer.alloc(300))), iend());

describe('the size an image claims in its header', () => {
  it('reads real PNGs and JPEG frame headers of every kind', () => {
    expect(imageSize(icon)).toEqual({ width: 512, height: 512 });
    expect(imageSize(signaturePng())).toEqual({ width: 360, height: 110 });
    expect(imageSize(makePng(3, 2, () => [0, 0, 0, 255]))).toEqual({ width: 3, height: 2 });
    expect(imageSize(jpegHeader(640, 480))).toEqual({ width: 640, height: 480 });
    // Progressive (SOF2) and grey (one component), after an APP1 segment.
    const app1 = [0xff, 0xe1, 0x00, 0x08, ...Buffer.from('Exif\0\0')];
    expect(imageSize(jpegHeader(300, 200, { frame: 0xc2, components: 1, before: app1 }))).toEqual({
      width: 300,
      height: 200,
    });
  });

  it('reads the 467-byte PNG of issue 13 as 100000×100000, and a JPEG frame as 65535×65535', () => {
    const bomb = bombPng();
    expect(bomb.length).toBe(467);
    expect(imageSize(bomb)).toEqual({ width: 100_000, height: 100_000 });
    expect(imageSize(jpegHeader(65_535, 65_535))).toEqual({ width: 65_535, height: 65_535 });
  });

  it('finds no size in a file cut off anywhere', () => {
    for (const whole of [icon, jpegHeader(640, 480)]) {
      // The JPEG reader stops at the frame header, so any cut before its end is unreadable.
      for (let length = 0; length < whole.length; length++) {
        expect(imageSize(whole.subarray(0, length)), `cut at ${length}`).toBeNull();
      }
    }
  });

  it('refuses a second IHDR, an IHDR not first, and impossible IHDR values', () => {
    const data = pngChunk('IDAT', deflateSync(Buffer.alloc(10)));
    expect(imageSize(png(ihdr(10, 10), data, ihdr(100_000, 100_000), iend()))).toBeNull();
    expect(imageSize(png(data, ihdr(10, 10), iend()))).toBeNull();
    expect(imageSize(png(ihdr(0, 10), data, iend()))).toBeNull();
    expect(imageSize(png(ihdr(10, 0x80000000), data, iend()))).toBeNull();
    expect(imageSize(png(ihdr(10, 10, 3, 6), data, iend()))).toBeNull(); // RGBA of 3 bits
    expect(imageSize(png(ihdr(10, 10, 8, 5), data, iend()))).toBeNull(); // no colour type 5
    expect(imageSize(png(ihdr(10, 10), data))).toBeNull(); // no IEND
    // A chunk whose length runs past the end of the file.
    const long = Buffer.from(pngChunk('tEXt', Buffer.from('a\0b')));
    long.writeUInt32BE(0xfffffff0, 0);
    expect(imageSize(png(ihdr(10, 10), long, data, iend()))).toBeNull();
  });

  it('walks JPEG segments by their length and refuses what would be read otherwise', () => {
    // A frame marker inside a comment is not a frame header.
    const comment = [0xff, 0xfe, 0x00, 0x0b, 0xff, 0xc0, 0x00, 0x11, 8, 0xff, 0xff, 0xff, 0xff];
    expect(imageSize(jpegHeader(20, 10, { before: comment }))).toEqual({ width: 20, height: 10 });
    for (const before of [
      [0xff], // a fill byte
      [0xff, 0xd0], // RST0: stand-alone, only inside scan data
      [0xff, 0x01], // TEM
      [0xff, 0xda, 0x00, 0x02], // a scan before the frame
      [0xff, 0xd9], // EOI
      [0x00], // a byte outside any segment
    ]) {
      expect(imageSize(jpegHeader(20, 10, { before })), before.join(',')).toBeNull();
    }
    expect(imageSize(jpegHeader(20, 0))).toBeNull(); // height in a later DNL segment
    expect(imageSize(jpegHeader(20, 10, { components: 2 }))).toBeNull();
    // Huffman tables (C4) share the SOF range but carry no size.
    expect(imageSize(jpegHeader(20, 10, { frame: 0xc4 }))).toBeNull();
  });

  it('never throws, whatever follows the signature', () => {
    const signatures = [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...signatures),
        fc.uint8Array({ maxLength: 300 }),
        (signature, rest) => {
          const size = imageSize(new Uint8Array([...signature, ...rest]));
          if (size !== null) expect(size.width * size.height).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('checkImage', () => {
  it('takes images up to 4096 on a side and 12.5 million pixels', () => {
    expect(checkImage(icon)).toEqual({ ok: true, type: 'png', width: 512, height: 512 });
    expect(checkImage(claiming(4096, 3000))).toMatchObject({ ok: true, width: 4096 });
    expect(checkImage(claiming(4032, 3024))).toMatchObject({ ok: true }); // a 12 MP phone photo
    expect(checkImage(jpegHeader(1, 1))).toMatchObject({ ok: true, type: 'jpeg' });
  });

  it('refuses a side above 4096, too many pixels in all, and the bombs of issue 13', () => {
    for (const [width, height] of [
      [4097, 10],
      [10, 4097],
      [4096, 4096],
      [7100, 7100],
    ] as const) {
      expect(checkImage(claiming(width, height)), `${width}×${height}`).toEqual({
        ok: false,
        reason: 'too-many-pixels',
      });
    }
    expect(checkImage(bombPng())).toEqual({ ok: false, reason: 'too-many-pixels' });
    expect(checkImage(jpegHeader(65_535, 65_535))).toEqual({
      ok: false,
      reason: 'too-many-pixels',
    });
    expect(imageProblem(bombPng())).toBe(tooManyPixels);
  });

  it('tells apart too many bytes, not an image and unreadable', () => {
    expect(checkImage(new Uint8Array(1024 * 1024 + 1))).toEqual({ ok: false, reason: 'too-large' });
    expect(checkImage(new TextEncoder().encode('GIF89a'))).toEqual({
      ok: false,
      reason: 'not-an-image',
    });
    expect(checkImage(icon.subarray(0, 100))).toEqual({ ok: false, reason: 'unreadable' });
    expect(imageProblem(icon.subarray(0, 100))).toBe(unreadable);
    expect(imageProblem(icon)).toBeNull();
  });
});

describe('every PDF request that carries an image refuses a hostile one', () => {
  it('pdf:certificate: logo and signature, naming the field', async () => {
    for (const field of ['logo', 'signature'] as const) {
      const request = { certificate: certificate('2026-0007', (c) => (c[field] = bombPng())) };
      expect(await dispatch(handlers, 'pdf:certificate', request)).toEqual({
        ok: false,
        error: {
          code: 'bad-request',
          message: 'De opdracht bevat ongeldige gegevens.',
          issues: [`certificate.content.${field}: ${tooManyPixels}`],
        },
      });
    }
  });

  it('pdf:infographic: the logo', () => {
    const request = {
      title: { organisation: 'Stichting De Linde Zorg', region: null, regional: false },
      period: wepTrein2019Period,
      referenceDate: '2020-03-01',
      records: wepTrein2019Records(),
    };
    expect(infographicRequestSchema.safeParse({ ...request, logo: icon }).success).toBe(true);
    for (const logo of [bombPng(), jpegHeader(65_535, 65_535), claiming(7100, 7100)]) {
      const parsed = infographicRequestSchema.safeParse({ ...request, logo });
      expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [['logo'], tooManyPixels],
      ]);
    }
  });
});

describe('embeddableImage: what pdfmake may embed', () => {
  it('is a data URL with the size of the header', () => {
    const image = embeddableImage(icon);
    expect(image).toEqual({
      url: `data:image/png;base64,${Buffer.from(icon).toString('base64')}`,
      width: 512,
      height: 512,
    });
    expect(embeddableImage(jpegHeader(640, 480))).toMatchObject({ width: 640, height: 480 });
  });

  it('leaves out what checkImage refuses', () => {
    expect(embeddableImage(bombPng())).toBeNull();
    expect(embeddableImage(icon.subarray(0, 100))).toBeNull();
  });

  it('leaves out a PNG whose pixel data is not zlib, or inflates past its stated size', () => {
    // pdfkit inflates RGBA pixel data in a zlib callback: rubbish there throws beyond any catch.
    const rubbish = signaturePng();
    rubbish.fill(7, 41, rubbish.length - 16);
    expect(checkImage(rubbish).ok).toBe(true);
    expect(embeddableImage(rubbish)).toBeNull();
    // 100×100 RGBA is 40 100 bytes of pixel data; this stream of 60 KB inflates to 60 MB.
    const inflating = png(
      ihdr(100, 100),
      pngChunk('IDAT', deflateSync(Buffer.alloc(60e6))),
      iend(),
    );
    expect(inflating.length).toBeLessThan(100_000);
    expect(checkImage(inflating).ok).toBe(true);
    expect(embeddableImage(inflating)).toBeNull();
    // Exactly the stated size is fine, interlaced too: Adam7's 7 passes of 100×100 RGBA take
    // 40 188 bytes, their rows' filter bytes included.
    const exact = png(ihdr(100, 100), pngChunk('IDAT', deflateSync(Buffer.alloc(40_100))), iend());
    expect(embeddableImage(exact)).not.toBeNull();
    const interlaced = png(
      ihdr(100, 100, 8, 6, 1),
      pngChunk('IDAT', deflateSync(Buffer.alloc(40_188))),
      iend(),
    );
    expect(embeddableImage(interlaced)).not.toBeNull();
  });
});
