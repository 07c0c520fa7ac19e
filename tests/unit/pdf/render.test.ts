import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontsFolder, renderPdf } from '../../../src-main/pdf/render';
import { fitText, oneLine, textWidth } from '../../../src-main/pdf/text-fit';
import { barCanvas, stackedBarCanvas } from '../../../src-main/pdf/graphics';
import { pdfPages, pdfWords } from './pdf-tools';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** A local server that counts requests: pdfmake must never reach it. */
let server: http.Server;
let url = '';
let requests = 0;
beforeAll(async () => {
  server = http.createServer((_request, response) => {
    requests++;
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/logo.png`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('renderPdf', () => {
  it('renders with the Roboto of assets/fonts when run from source', async () => {
    expect(fontsFolder()).toBe(path.join(root, 'assets', 'fonts'));
    const bytes = await renderPdf({ content: 'Instap' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(await pdfWords(bytes)).toContain('Instap');
  });

  it('refuses an image from a URL, without a request', async () => {
    await expect(
      renderPdf({ content: [{ image: 'logo' }], images: { logo: url } }),
    ).rejects.toThrow(/denied/i);
    await expect(renderPdf({ content: [{ image: url }] })).rejects.toThrow(/denied/i);
    expect(requests).toBe(0);
  });

  it('refuses local files other than its fonts', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow(/denied/i);
    await expect(
      renderPdf({
        content: [{ text: 'x' }],
        files: { secret: { src: '/etc/hostname', name: 'x' } },
      } as Parameters<typeof renderPdf>[0]),
    ).rejects.toThrow(/denied/i);
  });

  it('never crashes on a glyph the font lacks', async () => {
    const bytes = await renderPdf({
      content: [
        { text: '漢字 🙂 \u{10FFFF} \uD800 e\u0301 Ĳssel', bold: true },
        { text: '\u0000\u0007\u202e', italics: true },
      ],
    });
    expect(await pdfPages(bytes)).toBe(1);
    expect(await pdfWords(bytes)).toContain('ssel');
  });
});

describe('text on one line', () => {
  it('measures with the font: W is wider than i', () => {
    expect(textWidth('WWWW', 10)).toBeGreaterThan(textWidth('iiii', 10) * 2);
    expect(textWidth('Instap', 20)).toBeCloseTo(textWidth('Instap', 10) * 2, 5);
  });

  it('shortens with an ellipsis to the width, never inside a surrogate pair', () => {
    const fitted = fitText('Zorgcentrum'.repeat(20), 120, 9);
    expect(fitted.endsWith('…')).toBe(true);
    expect(textWidth(fitted, 9)).toBeLessThanOrEqual(120);
    expect(fitText('Kort', 120, 9)).toBe('Kort');
    const emoji = fitText('🙂'.repeat(100), 40, 9);
    expect(emoji.endsWith('…')).toBe(true);
    expect([...emoji.slice(0, -1)].every((c) => c === '🙂')).toBe(true);
  });

  it('makes one line of control characters and runs of white space', () => {
    expect(oneLine('  a\n\tb\u0000c\u2028 d\u202e e  ')).toBe('a b c d e');
    expect(oneLine('Oue\u0301draogo')).toBe('Ouédraogo');
  });
});

describe('the graphics', () => {
  it('are built from numbers only', () => {
    expect(barCanvas(Number.NaN, 100, 7, '#1f6f6b', '#eeeeee')).toHaveLength(1);
    expect(barCanvas(0.5, 100, 7, '#1f6f6b', '#eeeeee')[1]).toMatchObject({ w: 50, h: 7 });
    expect(() => barCanvas(0.5, 100, 7, 'red"/><image href="x', '#eeeeee')).toThrow();
    expect(() => barCanvas(0.5, Number.POSITIVE_INFINITY, 7, '#1f6f6b', '#eeeeee')).toThrow();
    // The cohort bar: parts side by side in proportion, a part of 0 takes no room.
    const parts = stackedBarCanvas(
      [
        { value: 5, colour: '#1f6f6b' },
        { value: 0, colour: '#8cc3bc' },
        { value: 5, colour: '#a3afb7' },
      ],
      100,
      16,
      '#eeeeee',
    );
    expect(parts).toMatchObject([
      { x: 0, w: 100 },
      { x: 0, w: 49 },
      { x: 50, w: 50 },
    ]);
    expect(stackedBarCanvas([{ value: 0, colour: '#1f6f6b' }], 100, 16, '#eeeeee')).toHaveLength(1);
    expect(() => stackedBarCanvas([{ value: 1, colour: 'url(x)' }], 100, 16, '#eeeeee')).toThrow();
  });
});
